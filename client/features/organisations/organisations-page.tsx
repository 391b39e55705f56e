import { Link, useSearchParams } from "react-router";
import { ORGANISATION_STATUSES, OrganisationPage } from "@shared/contracts/organisations.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t, tn } from "@client/lib/i18n/index.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useDebouncedValue } from "@client/lib/use-debounced-value.ts";
import { legalFormLabel, statusLabel } from "./labels.ts";
import { StatusTag } from "./status-tag.tsx";
import "./organisations.css";

const PAGE_SIZE = 25;

/** "/organisations": the officers' list, waiting ones first by default, with the status filter. */
export function OrganisationsPage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("account.staffOnly")}>
      {() => <OrganisationsList />}
    </RequireSession>
  );
}

function OrganisationsList() {
  const [params, setParams] = useSearchParams();
  const status = params.get("status") ?? "pending-verification";
  const q = params.get("q") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const query = useDebouncedValue(q, 300);
  const api = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...(status ? { status } : {}), ...(query ? { q: query } : {}) });
  const { data, error, refetch, isFetching: loading } = useApiQuery(`/api/organisations?${api.toString()}`, OrganisationPage);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <PageHeading title={t("organisation.list.title")} />
      <p>{t("organisation.list.intro")}</p>
      <form className="organisations-filter" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="org-filter-status" label={t("organisation.list.filter")} value={status}
          onChange={(e) => update({ status: e.target.value })}
          options={[...ORGANISATION_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })), { value: "", label: t("organisation.list.all") }]}
        />
        <TextField id="org-filter-q" type="search" label={t("organisation.list.search")} value={q} onChange={(e) => update({ q: e.target.value })} />
      </form>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!error && !data && <LoadingState />}
      {data && (
        <div aria-busy={loading}>
          <p role="status">{tn("organisation.list.found", data.page.total)}</p>
          {data.items.length === 0 ? <p>{t("organisation.list.empty")}</p> : (
            <div className="table-scroll">
              <table className="org-table">
                <caption className="visually-hidden">{t("organisation.list.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("organisation.list.name")}</th>
                    <th scope="col">{t("organisation.list.nip")}</th>
                    <th scope="col">{t("organisation.list.status")}</th>
                    <th scope="col">{t("organisation.list.updated")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((o) => (
                    <tr key={o.id}>
                      <th scope="row"><Link to={`/organisations/${o.id}`}>{o.name}</Link><br /><span className="muted">{legalFormLabel(o.legalForm)}</span></th>
                      <td>{o.nip}{o.nipConflict && <> <span className="tag">{t("organisation.list.nipConflict")}</span></>}</td>
                      <td><StatusTag status={o.status} /></td>
                      <td>{formatDate(o.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.page.pages > 1 && (
            <nav className="org-pagination" aria-label={t("organisation.list.pageOf", { page, pages: data.page.pages })}>
              <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>{t("organisation.list.previous")}</button>
              <span>{t("organisation.list.pageOf", { page, pages: data.page.pages })}</span>
              <button type="button" className="button button--secondary" disabled={page >= data.page.pages} onClick={() => update({ page: String(page + 1) })}>{t("organisation.list.next")}</button>
            </nav>
          )}
        </div>
      )}
    </div>
  );
}
