import { Link, useSearchParams } from "react-router";
import { INVESTMENT_CATEGORIES, INVESTMENT_STATUSES, InvestmentPage as InvestmentPageSchema } from "@shared/contracts/investments.ts";
import { formatPLN } from "@shared/domain/money.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { useConfig, useDistrictName } from "@client/lib/config/client-config.ts";
import { t, tn } from "@client/lib/i18n/index.ts";
import { investmentCategoryLabel, investmentStatusLabel } from "./labels.ts";
import { InvestmentStatusTag } from "./status-tag.tsx";
import "./investments.css";

const PAGE_SIZE = 25;

/** The statuses waiting for an officer: a proposal for consent, completed works for acceptance. */
const AWAITING = "proposed,completed";

/**
 * "/investments" ("Nakłady"): every tenant investment, newest first, filtered by status (first choice:
 * those waiting for an officer), category, district and year, the filters kept in the URL; totals over
 * every match; the CSV export takes the same filters.
 */
export function InvestmentsPage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("investments.staffOnly")}>
      {() => <Investments />}
    </RequireSession>
  );
}

const FILTERS = ["status", "category", "district", "year"] as const;
const validYear = (value: string) => (/^\d{4}$/.test(value) && Number(value) >= 2000 && Number(value) <= 2100 ? value : "");

function Investments() {
  const [params, setParams] = useSearchParams();
  const districtName = useDistrictName();
  const { districts } = useConfig();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const filters = new URLSearchParams();
  for (const key of FILTERS) {
    const value = key === "year" ? validYear(params.get(key) ?? "") : params.get(key) ?? "";
    if (value) filters.set(key, value);
  }
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...Object.fromEntries(filters) });
  const { data, error, refetch, isFetching: loading } = useApiQuery(`/api/investments?${query.toString()}`, InvestmentPageSchema);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <PageHeading title={t("investments.list.title")} />
      <p>{t("investments.list.intro")}</p>
      <form className="investment-filter" role="search" aria-label={t("investments.list.filters")} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="investments-status" label={t("investments.list.status")} value={params.get("status") ?? ""}
          onChange={(e) => update({ status: e.target.value })}
          options={[
            { value: "", label: t("investments.list.allStatuses") },
            { value: AWAITING, label: t("investments.list.awaiting") },
            ...INVESTMENT_STATUSES.map((s) => ({ value: s, label: investmentStatusLabel(s) })),
          ]}
        />
        <SelectField
          id="investments-category" label={t("investments.list.category")} value={params.get("category") ?? ""}
          onChange={(e) => update({ category: e.target.value })}
          options={[{ value: "", label: t("investments.list.allCategories") }, ...INVESTMENT_CATEGORIES.map((c) => ({ value: c, label: investmentCategoryLabel(c) }))]}
        />
        <SelectField
          id="investments-district" label={t("investments.list.district")} value={params.get("district") ?? ""}
          onChange={(e) => update({ district: e.target.value })}
          options={[{ value: "", label: t("investments.list.allDistricts") }, ...districts.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))]}
        />
        <TextField
          id="investments-year" label={t("investments.list.year")} hint={t("investments.list.yearHint")}
          type="number" inputMode="numeric" min={2000} max={2100} value={params.get("year") ?? ""}
          onChange={(e) => update({ year: e.target.value })}
        />
      </form>
      <p><a className="button button--secondary" href={`/api/investments/export.csv?${filters.toString()}`} download>{t("investments.list.exportCsv")}</a></p>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!error && !data && <LoadingState />}
      {data && (
        <div aria-busy={loading}>
          <p role="status">{tn("investments.list.found", data.totals.count)}</p>
          {data.items.length === 0 ? <p>{t("investments.list.empty")}</p> : (
            <div className="investment-scroll">
              <table className="investment-table">
                <caption className="visually-hidden">{t("investments.list.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("investments.list.investment")}</th>
                    <th scope="col">{t("investments.list.tenant")}</th>
                    <th scope="col">{t("investments.list.premises")}</th>
                    <th scope="col">{t("investments.list.status")}</th>
                    <th scope="col" className="amount">{t("investments.list.estimate")}</th>
                    <th scope="col" className="amount">{t("investments.list.approved")}</th>
                    <th scope="col" className="amount">{t("investments.list.actualCost")}</th>
                    <th scope="col" className="amount">{t("investments.list.accepted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">
                        <Link to={`/investments/${i.id}`}>{i.title}</Link><br />
                        <span className="muted">{investmentCategoryLabel(i.category)} · {i.leaseNumber}</span>
                      </th>
                      <td>{i.organisation.name}</td>
                      <td>{i.premises.address}<br /><span className="muted">{districtName(i.premises.district)}</span></td>
                      <td><InvestmentStatusTag status={i.status} staff /></td>
                      <td className="amount">{formatPLN(i.estimateTotal)}</td>
                      <td className="amount">{i.approvedAmount ? formatPLN(i.approvedAmount) : "—"}</td>
                      <td className="amount">{i.actualCost ? formatPLN(i.actualCost) : "—"}</td>
                      <td className="amount">{i.acceptedAmount ? formatPLN(i.acceptedAmount) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={4}>{t("investments.list.totals", { count: data.totals.count })}</th>
                    <td className="amount">{formatPLN(data.totals.estimate)}</td>
                    <td className="amount">{formatPLN(data.totals.approved)}</td>
                    <td className="amount">{formatPLN(data.totals.actualCost)}</td>
                    <td className="amount">{formatPLN(data.totals.accepted)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          {data.page.pages > 1 && (
            <nav className="pagination" aria-label={t("investments.list.pageOf", { page, pages: data.page.pages })}>
              <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>{t("investments.list.previous")}</button>
              <span>{t("investments.list.pageOf", { page, pages: data.page.pages })}</span>
              <button type="button" className="button button--secondary" disabled={page >= data.page.pages} onClick={() => update({ page: String(page + 1) })}>{t("investments.list.next")}</button>
            </nav>
          )}
        </div>
      )}
    </div>
  );
}
