import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ApplicationDetail } from "@shared/contracts/applications.ts";
import { PremisesDetail } from "@shared/contracts/premises.ts";
import { formatArea } from "@shared/domain/money.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { formatAddress } from "@client/lib/premises-format.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { ApplicationForm } from "./application-form.tsx";
import { NotYetEligible } from "./not-yet-eligible.tsx";
import "./applications.css";

type Organisations = { id: string; name: string; status: string }[];

/** "/applications/new?premises=…": an applicant of a verified organisation applies for a premises. */
export function NewApplicationPage() {
  const [params] = useSearchParams();
  const premisesId = params.get("premises");
  return (
    <RequireSession roles={["applicant"]} otherRole={t("applications.applicantOnly")}>
      {(session) => <ApplicationEditor premisesId={premisesId} organisations={session.organisations} />}
    </RequireSession>
  );
}

/** "/my-applications/:id/edit": the same form for a draft. */
export function EditApplicationPage() {
  const { id = "" } = useParams();
  const { data, error, refetch } = useApiQuery(`/api/applications/${encodeURIComponent(id)}`, ApplicationDetail);
  return (
    <RequireSession roles={["applicant"]} otherRole={t("applications.applicantOnly")}>
      {(session) => {
        if (error) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
        if (!data) return <LoadingState />;
        return <ApplicationEditor premisesId={data.premises.id} organisations={session.organisations} application={data} />;
      }}
    </RequireSession>
  );
}

function ApplicationEditor({ premisesId, organisations, application }: { premisesId: string | null; organisations: Organisations; application?: ApplicationDetail }) {
  const navigate = useNavigate();
  const { data: premises, error, refetch } = useApiQuery(premisesId ? `/api/premises/${encodeURIComponent(premisesId)}` : null, PremisesDetail);
  const verified = organisations.filter((o) => o.status === "verified");
  const title = application ? t("applications.form.titleEdit") : t("applications.form.titleNew");

  let body;
  if (!premisesId) body = <p>{t("applications.form.noPremises")} <Link to="/">{t("notFound.back")}</Link></p>;
  else if (verified.length === 0) body = <NotYetEligible organisations={organisations} />;
  else if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!premises) body = <LoadingState />;
  else {
    body = (
      <>
        <p className="lead">{t("applications.form.premises", { address: formatAddress(premises), area: formatArea(premises.usableArea) })}</p>
        <ApplicationForm
          premises={premises} organisations={verified} application={application}
          onDone={(saved, submitted) => void navigate(`/my-applications/${saved.id}`, {
            state: { notice: submitted ? t("applications.detail.submitted") : t("applications.detail.saved") },
          })}
        />
      </>
    );
  }
  return (
    <div className="page page--medium">
      <PageHeading title={title} />
      {body}
    </div>
  );
}
