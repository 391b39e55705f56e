import { Link, useSearchParams } from "react-router";
import { LEASE_STATUSES, LeasePage } from "@shared/contracts/leases.ts";
import { formatPLN } from "@shared/domain/money.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { t, tn } from "@client/lib/i18n/index.ts";
import { leaseStatusLabel, leaseTerm } from "./labels.ts";
import { LeaseStatusTag } from "./status-tag.tsx";
import "./leases.css";

const PAGE_SIZE = 25;

// GET /api/leases filters by status (and organisation) only; "ends within N months" has no query
// parameter yet, and filtering one page on the client would hide the other pages' leases, so it waits
// for the API.

/** "/leases": the officers' list of leases, newest number first, filtered by status, page by page. */
export function LeasesPage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("leases.staffOnly")}>
      {() => <Leases />}
    </RequireSession>
  );
}

function Leases() {
  const [params, setParams] = useSearchParams();
  const districtName = useDistrictName();
  const status = params.get("status") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...(status ? { status } : {}) });
  const { data, error, refetch, isFetching: loading } = useApiQuery(`/api/leases?${query.toString()}`, LeasePage);

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
          id="leases-status" label={t("leases.list.status")} value={status} onChange={(e) => update({ status: e.target.value })}
          options={[{ value: "", label: t("leases.list.all") }, ...LEASE_STATUSES.map((s) => ({ value: s, label: leaseStatusLabel(s) }))]}
        />
      </form>
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
                      <td><LeaseStatusTag status={lease.status} /></td>
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
