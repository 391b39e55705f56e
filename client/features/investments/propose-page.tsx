import { Link, useNavigate, useParams } from "react-router";
import { Lease } from "@shared/contracts/leases.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { ProposeForm } from "./propose-form.tsx";
import "./investments.css";

/** "/my-leases/:id/investments/new": the tenant proposes works under one of its signed leases. */
export function ProposeInvestmentPage() {
  return (
    <RequireSession roles={["applicant"]} otherRole={t("investments.applicantOnly")}>
      {() => <Propose />}
    </RequireSession>
  );
}

function Propose() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { data: lease, error, refetch } = useApiQuery(`/api/leases/${encodeURIComponent(id)}`, Lease);
  if (error && !lease) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!lease) return <LoadingState />;
  const endDate = lease.annexes.reduce<string | null>((end, annex) => annex.endDate ?? end, lease.endDate);
  return (
    <div className="page page--medium">
      <p><Link to="/my-leases">{t("investments.detail.backToLeases")}</Link></p>
      <PageHeading title={t("investments.propose.pageTitle", { number: lease.number })} />
      <p>{t("investments.propose.intro", { address: lease.parties.premises.address })}</p>
      {endDate && <p>{t("investments.propose.within", { start: formatDate(lease.startDate), end: formatDate(endDate) })}</p>}
      {lease.status === "signed"
        ? <ProposeForm leaseId={lease.id} onDone={(investment) => void navigate(`/investments/${investment.id}`, { state: { notice: t("investments.propose.done") } })} />
        : <p className="notice">{t("investments.propose.notSigned")}</p>}
    </div>
  );
}
