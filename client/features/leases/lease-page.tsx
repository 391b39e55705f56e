import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { Lease } from "@shared/contracts/leases.ts";
import { systemClock, todayIn } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { LeaseInvestments } from "@client/features/investments/index.ts";
import { useApiResource } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { AnnexForm, DepositSettlementForm, DepositSettlementView } from "./lease-change-forms.tsx";
import { SignForm, TerminateForm } from "./lease-forms.tsx";
import { AnnexHistory, LeaseRecord } from "./lease-record.tsx";
import { leaseApi } from "./requests.ts";
import { LeaseSchedule } from "./schedule.tsx";
import { LeaseStatusTag } from "./status-tag.tsx";
import "./leases.css";

/**
 * "/leases/:id": the officer's lease: the record, annexes, schedule, document; signing a draft, an annex
 * to or terminating a signed one, settling the deposit once it is over.
 */
export function LeasePage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("leases.staffOnly")}>
      {() => <LeaseView />}
    </RequireSession>
  );
}

function LeaseView() {
  const { id = "" } = useParams();
  const { state } = useLocation() as { state: { notice?: string } | null };
  const { data: lease, error, refetch, replace } = useApiResource(leaseApi.one(id), Lease);
  const [notice, setNotice] = useState<string | null>(state?.notice ?? null);

  if (error && !lease) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!lease) return <LoadingState />;

  // The deposit is settled once, after a termination or the end date (the API says so too).
  const endDate = lease.annexes.reduce<string | null>((end, annex) => annex.endDate ?? end, lease.endDate);
  const over = lease.status === "terminated" || lease.status === "ended"
    || (lease.status === "signed" && endDate !== null && endDate < todayIn(systemClock));
  const settleable = over && lease.depositSettlement === null;

  const done = (changed: Lease, message: string) => {
    replace(changed);
    setNotice(message);
  };

  return (
    <div className="page page--medium">
      <p><Link to="/leases">{t("leases.detail.back")}</Link></p>
      <PageHeading title={t("leases.detail.title", { number: lease.number })} />
      <p><LeaseStatusTag status={lease.status} /></p>
      <p role="status" className="lease-notice">{notice}</p>
      <div className="lease-actions">
        <a className="button" href={leaseApi.document(lease.id)} download>{t("leases.detail.pdf")}</a>
        <Link className="button button--secondary" to={`/premises/${lease.premisesId}`}>{t("leases.detail.publicPage")}</Link>
      </div>
      <section className="lease-section" aria-labelledby="record-heading">
        <h2 id="record-heading">{t("leases.detail.record")}</h2>
        <LeaseRecord lease={lease} />
      </section>
      {(lease.status === "draft" || lease.status === "signed" || settleable) && (
        <section className="lease-section" aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t("leases.detail.actions")}</h2>
          <div className="lease-forms">
            {lease.status === "draft" && <SignForm lease={lease} onDone={done} />}
            {lease.status === "signed" && <AnnexForm lease={lease} onDone={done} />}
            {lease.status === "signed" && <TerminateForm lease={lease} onDone={done} />}
            {settleable && <DepositSettlementForm lease={lease} onSettled={setNotice} />}
          </div>
        </section>
      )}
      {lease.depositSettlement && <DepositSettlementView settlement={lease.depositSettlement} />}
      <AnnexHistory lease={lease} />
      <LeaseInvestments lease={lease} staff />
      <LeaseSchedule lease={lease} />
    </div>
  );
}
