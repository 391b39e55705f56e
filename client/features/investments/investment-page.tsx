import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { Investment } from "@shared/contracts/investments.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiResource } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { CompleteForm } from "./complete-form.tsx";
import { AcceptForm, ConsentForm, RefuseForm } from "./decision-forms.tsx";
import { InvestmentFiles } from "./files-section.tsx";
import { EstimateAgainstInvoices, InvestmentDocuments, InvestmentHistory, InvestmentRecord } from "./investment-record.tsx";
import { investmentApi } from "./requests.ts";
import { InvestmentStatusTag } from "./status-tag.tsx";
import "./investments.css";

/**
 * "/investments/:id": one investment. Officers review it (the estimate against the invoices) and consent,
 * refuse or accept it; the tenant follows it and reports the works done. Each sees the history and the documents.
 */
export function InvestmentPage() {
  return (
    <RequireSession roles={["applicant", "officer", "admin"]} otherRole="">
      {({ user }) => <InvestmentView staff={user.role !== "applicant"} />}
    </RequireSession>
  );
}

function InvestmentView({ staff }: { staff: boolean }) {
  const { id = "" } = useParams();
  const { state } = useLocation() as { state: { notice?: string } | null };
  const { data: investment, error, refetch, replace } = useApiResource(investmentApi.one(id), Investment);
  const [notice, setNotice] = useState<string | null>(state?.notice ?? null);

  if (error && !investment) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!investment) return <LoadingState />;

  const done = (changed: Investment, message: string) => {
    replace(changed);
    setNotice(message);
  };
  const s = investment.status;
  const staffActions = staff && (s === "proposed" || s === "completed");
  const tenantActions = !staff && s === "consented";

  return (
    <div className="page page--medium">
      <p><Link to={staff ? "/investments" : "/my-leases"}>{t(staff ? "investments.detail.back" : "investments.detail.backToLeases")}</Link></p>
      <PageHeading title={t("investments.detail.title", { title: investment.title })} />
      <p><InvestmentStatusTag status={s} staff={staff} /></p>
      <p role="status" className="investment-notice">{notice}</p>
      {!staff && <p>{t(`investments.detail.next.${s}`)}</p>}
      <InvestmentDocuments investment={investment} />
      <section className="investment-section" aria-labelledby="investment-record-heading">
        <h2 id="investment-record-heading">{t("investments.detail.record")}</h2>
        <InvestmentRecord investment={investment} staff={staff} />
      </section>
      <EstimateAgainstInvoices investment={investment} />
      <InvestmentFiles investment={investment} canUpload={!staff && (s === "consented" || s === "completed")} />
      {(staffActions || tenantActions) && (
        <section className="investment-section" aria-labelledby="investment-actions-heading">
          <h2 id="investment-actions-heading">{t("investments.detail.actions")}</h2>
          <div className="investment-forms">
            {staff && s === "proposed" && <ConsentForm investment={investment} onDone={done} />}
            {staff && s === "proposed" && <RefuseForm investment={investment} onDone={done} />}
            {staff && s === "completed" && <AcceptForm investment={investment} onDone={done} />}
            {tenantActions && <CompleteForm investment={investment} onDone={done} />}
          </div>
        </section>
      )}
      <InvestmentHistory investment={investment} />
    </div>
  );
}
