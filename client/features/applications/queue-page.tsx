import { Link, useSearchParams } from "react-router";
import { APPLICATION_STATUSES, ApplicationPage } from "@shared/contracts/applications.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { useConfig, useDistrictName } from "@client/lib/config/client-config.ts";
import { t, tn } from "@client/lib/i18n/index.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useDebouncedValue } from "@client/lib/use-debounced-value.ts";
import { statusLabel } from "./labels.ts";
import { ApplicationStatusTag } from "./status-tag.tsx";
import "./applications.css";

const PAGE_SIZE = 25;
const STATUSES = APPLICATION_STATUSES.filter((s) => s !== "draft");

/** "/applications": the officers' queue, oldest first, filtered by status, district and age. */
export function ApplicationQueuePage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("account.staffOnly")}>
      {() => <Queue />}
    </RequireSession>
  );
}

function Queue() {
  const [params, setParams] = useSearchParams();
  const { districts } = useConfig();
  const districtName = useDistrictName();
  const status = params.get("status") ?? "submitted";
  const district = params.get("district") ?? "";
  const minAge = params.get("minAgeDays") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const age = useDebouncedValue(/^\d+$/.test(minAge) ? minAge : "", 300);
  const query = new URLSearchParams({
    page: String(page), pageSize: String(PAGE_SIZE),
    ...(status ? { status } : {}), ...(district ? { district } : {}), ...(age ? { minAgeDays: age } : {}),
  });
  const { data, error, refetch, isFetching: loading } = useApiQuery(`/api/applications?${query.toString()}`, ApplicationPage);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <PageHeading title={t("applications.queue.title")} />
      <p>{t("applications.queue.intro")}</p>
      <form className="applications-filter" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="queue-status" label={t("applications.queue.status")} value={status} onChange={(e) => update({ status: e.target.value })}
          options={[...STATUSES.map((s) => ({ value: s, label: statusLabel(s) })), { value: "", label: t("applications.queue.all") }]}
        />
        <SelectField
          id="queue-district" label={t("applications.queue.district")} value={district} onChange={(e) => update({ district: e.target.value })}
          options={[{ value: "", label: t("applications.queue.anyDistrict") }, ...districts.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))]}
        />
        <TextField id="queue-age" type="number" min={0} inputMode="numeric" label={t("applications.queue.minAgeDays")} value={minAge} onChange={(e) => update({ minAgeDays: e.target.value })} />
      </form>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!error && !data && <LoadingState />}
      {data && (
        <div aria-busy={loading}>
          <p role="status">{tn("applications.queue.found", data.page.total)}</p>
          {data.items.length === 0 ? <p>{t("applications.queue.empty")}</p> : (
            <div className="applications-scroll">
              <table className="applications-table">
                <caption className="visually-hidden">{t("applications.queue.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("applications.queue.reference")}</th>
                    <th scope="col">{t("applications.queue.organisation")}</th>
                    <th scope="col">{t("applications.queue.premises")}</th>
                    <th scope="col">{t("applications.queue.submitted")}</th>
                    <th scope="col">{t("applications.queue.age")}</th>
                    <th scope="col">{t("applications.queue.competing")}</th>
                    <th scope="col">{t("applications.queue.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((a) => (
                    <tr key={a.id}>
                      <th scope="row"><Link to={`/applications/${a.id}`}>{a.reference}</Link></th>
                      <td>{a.organisation.name}</td>
                      <td>{a.premises.address}<br /><span className="muted">{districtName(a.premises.district)}</span></td>
                      <td>{a.submittedAt ? formatDate(a.submittedAt) : "—"}</td>
                      <td>{tn("applications.queue.ageValue", a.ageDays)}</td>
                      <td>{a.competing}</td>
                      <td><ApplicationStatusTag status={a.status} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.page.pages > 1 && (
            <nav className="pagination" aria-label={t("applications.queue.pageOf", { page, pages: data.page.pages })}>
              <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>{t("applications.queue.previous")}</button>
              <span>{t("applications.queue.pageOf", { page, pages: data.page.pages })}</span>
              <button type="button" className="button button--secondary" disabled={page >= data.page.pages} onClick={() => update({ page: String(page + 1) })}>{t("applications.queue.next")}</button>
            </nav>
          )}
        </div>
      )}
    </div>
  );
}
