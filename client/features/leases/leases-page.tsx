import { Link, useSearchParams } from "react-router";
import { LEASE_STATUSES, LeasePage, type LeaseAttention } from "@shared/contracts/leases.ts";
import { OrganisationPage } from "@shared/contracts/organisations.ts";
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
import { leaseStatusLabel, leaseTerm } from "./labels.ts";
import { LeaseStatusTag } from "./status-tag.tsx";
import "./leases.css";

const PAGE_SIZE = 25;

/**
 * "/leases": the officers' queue of leases in the API's order (signed leases ending within 90 days,
 * then drafts waiting for signature, then the rest, newest number first), filtered by status, district,
 * organisation and "ends within N months", the filters kept in the URL; the CSV export takes the same.
 */
export function LeasesPage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("leases.staffOnly")}>
      {() => <Leases />}
    </RequireSession>
  );
}

/** The filters of the URL that the API takes (GET /api/leases and its export.csv). */
const FILTERS = ["status", "district", "organisationId", "endsWithinMonths"] as const;

/** "N months" as the API accepts it (a whole number from 1 to 120), or nothing. */
const validMonths = (value: string) => (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 120 ? value : "");

function AttentionTag({ attention }: { attention: LeaseAttention }) {
  if (attention === null) return null;
  return <span className={`tag lease-attention lease-attention--${attention}`}>{t(`leases.list.attention.${attention}`)}</span>;
}

function Leases() {
  const [params, setParams] = useSearchParams();
  const districtName = useDistrictName();
  const { districts } = useConfig();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const filters = new URLSearchParams();
  for (const key of FILTERS) {
    const value = key === "endsWithinMonths" ? validMonths(params.get(key) ?? "") : params.get(key) ?? "";
    if (value) filters.set(key, value);
  }
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...Object.fromEntries(filters) });
  const { data, error, refetch, isFetching: loading } = useApiQuery(`/api/leases?${query.toString()}`, LeasePage);
  const organisations = useApiQuery("/api/organisations?status=verified&pageSize=100", OrganisationPage);

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
      <PageHeading title={t("leases.list.title")} />
      <p>{t("leases.list.intro")}</p>
      <form className="leases-filter" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="leases-status" label={t("leases.list.status")} value={params.get("status") ?? ""} onChange={(e) => update({ status: e.target.value })}
          options={[{ value: "", label: t("leases.list.all") }, ...LEASE_STATUSES.map((s) => ({ value: s, label: leaseStatusLabel(s) }))]}
        />
        <SelectField
          id="leases-district" label={t("leases.list.district")} value={params.get("district") ?? ""} onChange={(e) => update({ district: e.target.value })}
          options={[{ value: "", label: t("leases.list.allDistricts") }, ...districts.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))]}
        />
        <SelectField
          id="leases-organisation" label={t("leases.list.organisation")} value={params.get("organisationId") ?? ""}
          onChange={(e) => update({ organisationId: e.target.value })}
          options={[
            { value: "", label: t("leases.list.allOrganisations") },
            ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <TextField
          id="leases-ends-within" label={t("leases.list.endsWithinMonths")} hint={t("leases.list.endsWithinMonthsHint")}
          type="number" inputMode="numeric" min={1} max={120} value={params.get("endsWithinMonths") ?? ""}
          onChange={(e) => update({ endsWithinMonths: e.target.value })}
        />
      </form>
      <p className="lease-actions">
        <a className="button button--secondary" href={`/api/leases/export.csv?${filters.toString()}`} download>{t("leases.list.exportCsv")}</a>
        <Link className="button button--secondary" to="/leases/new">{t("leases.record.link")}</Link>
      </p>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!error && !data && <LoadingState />}
      {data && (
        <div aria-busy={loading}>
          <p role="status">{tn("leases.list.found", data.page.total)}</p>
          {data.items.length === 0 ? <p>{t("leases.list.empty")}</p> : (
            <div className="leases-scroll">
              <table className="leases-table">
                <caption className="visually-hidden">{t("leases.list.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("leases.list.number")}</th>
                    <th scope="col">{t("leases.list.organisation")}</th>
                    <th scope="col">{t("leases.list.premises")}</th>
                    <th scope="col">{t("leases.list.term")}</th>
                    <th scope="col" className="amount">{t("leases.list.monthlyGross")}</th>
                    <th scope="col">{t("leases.list.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((lease) => (
                    <tr key={lease.id}>
                      <th scope="row"><Link to={`/leases/${lease.id}`}>{lease.number}</Link></th>
                      <td>{lease.parties.organisation.name}</td>
                      <td>{lease.parties.premises.address}<br /><span className="muted">{districtName(lease.parties.premises.district)}</span></td>
                      <td>{leaseTerm(lease)}</td>
                      <td className="amount">{formatPLN(lease.monthlyGross)}</td>
                      <td><LeaseStatusTag status={lease.status} /> <AttentionTag attention={lease.attention} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.page.pages > 1 && (
            <nav className="pagination" aria-label={t("leases.list.pageOf", { page, pages: data.page.pages })}>
              <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>{t("leases.list.previous")}</button>
              <span>{t("leases.list.pageOf", { page, pages: data.page.pages })}</span>
              <button type="button" className="button button--secondary" disabled={page >= data.page.pages} onClick={() => update({ page: String(page + 1) })}>{t("leases.list.next")}</button>
            </nav>
          )}
        </div>
      )}
    </div>
  );
}
