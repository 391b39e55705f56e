import { Link } from "react-router";
import { ApplicationPage as ApplicationPageSchema } from "@shared/contracts/applications.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { MessageList } from "./messages.tsx";
import { ApplicationStatusTag } from "./status-tag.tsx";
import "./applications.css";

/** "/my-applications": the applications of the user's organisations and the messages about them. */
export function MyApplicationsPage() {
  return (
    <RequireSession roles={["applicant"]} otherRole={t("applications.applicantOnly")}>
      {() => <MyApplications />}
    </RequireSession>
  );
}

function MyApplications() {
  const { data, error, refetch } = useApiQuery("/api/applications?pageSize=100", ApplicationPageSchema);
  return (
    <div className="page page--medium">
      <PageHeading title={t("applications.mine.title")} />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!error && !data && <LoadingState />}
      {data && (data.items.length === 0 ? <p>{t("applications.mine.empty")} <Link to="/">{t("notFound.back")}</Link></p> : (
        <div className="applications-scroll">
          <table className="applications-table">
            <caption className="visually-hidden">{t("applications.mine.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("applications.mine.reference")}</th>
                <th scope="col">{t("applications.mine.premises")}</th>
                <th scope="col">{t("applications.mine.status")}</th>
                <th scope="col">{t("applications.mine.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <th scope="row"><Link to={`/my-applications/${a.id}`}>{a.reference}</Link><br /><span className="muted">{a.organisation.name}</span></th>
                  <td>{a.premises.address}</td>
                  <td><ApplicationStatusTag status={a.status} /></td>
                  <td>{formatDate(a.decidedAt ?? a.submittedAt ?? a.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <MessageList />
    </div>
  );
}
