import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { ApplicationDetail } from "@shared/contracts/applications.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatArea, formatPLN } from "@shared/domain/money.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { NotFoundMessage } from "@client/components/ui/not-found-message.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation, useApiResource } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { DecisionSummary } from "./decision-summary.tsx";
import { purposeLabel } from "./labels.ts";
import { MessageList } from "./messages.tsx";
import { ApplicationStatusTag } from "./status-tag.tsx";
import "./applications.css";
import { APPLICATION_RESOURCES, changeApplication } from "./requests.ts";

/** "/my-applications/:id": the applicant follows one application, submits or withdraws it, reads the decision. */
export function ApplicationPage() {
  return (
    <RequireSession roles={["applicant"]} otherRole={t("applications.applicantOnly")}>
      {() => <ApplicationView />}
    </RequireSession>
  );
}

export function ApplicationContent({ application: a }: { application: ApplicationDetail }) {
  const rows: [string, string][] = [
    [t("applications.mine.premises"), `${a.premises.address} (${formatArea(a.premises.area)})`],
    [t("applications.form.organisationId"), a.organisation.name],
    [t("applications.form.intendedUse"), purposeLabel(a.intendedUse)],
    [t("applications.form.activity"), a.activity],
    [t("applications.form.socialPurpose"), a.socialPurpose],
    [t("applications.form.employees"), `${a.employees} (${t("applications.form.employeesAtRisk").toLowerCase()}: ${a.employeesAtRisk})`],
    [t("applications.form.requestedStart"), formatDate(a.requestedStart)],
    [t("applications.form.requestedMonths"), String(a.requestedMonths)],
    [t("applications.form.sections.fitOut"), a.fitOut.length
      ? `${a.fitOut.map((f) => `${f.description}: ${formatPLN(f.cost)}`).join("\n")}\n${t("applications.detail.fitOutTotal")}: ${formatPLN(a.fitOutTotal)}`
      : t("applications.detail.none")],
    [t("applications.form.accessibilityNeeds"), a.accessibilityNeeds || t("applications.detail.none")],
  ];
  return (
    <dl className="application-facts">
      {rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
    </dl>
  );
}

function ApplicationView() {
  const { id = "" } = useParams();
  const { state } = useLocation() as { state: { notice?: string } | null };
  const { data: current, error, refetch, replace } = useApiResource(`/api/applications/${encodeURIComponent(id)}`, ApplicationDetail);
  const change = useApiMutation((action: "submit" | "withdraw") => changeApplication("POST", `/api/applications/${encodeURIComponent(id)}/${action}`), APPLICATION_RESOURCES);
  const [notice, setNotice] = useState<string | null>(state?.notice ?? null);
  const [failure, setFailure] = useState<string | null>(null);

  // Another organisation's application is answered as none: trying again would not change that.
  if (error && (error.status === 404 || error.status === 403 || error.status === 400)) {
    return <NotFoundMessage title={t("applications.notFound.title")} body={t("applications.notFound.body")} />;
  }
  if (error) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!current) return <LoadingState />;

  const act = async (action: "submit" | "withdraw", message: string) => {
    if (action === "withdraw" && !window.confirm(t("applications.detail.withdrawConfirm"))) return;
    setFailure(null);
    try {
      replace(await change.mutateAsync(action));
      setNotice(message);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.userMessage : String(e));
    }
  };

  return (
    <div className="page page--medium">
      <p><Link to="/my-applications">{t("applications.detail.back")}</Link></p>
      <PageHeading title={t("applications.detail.title", { reference: current.reference })} />
      <p><ApplicationStatusTag status={current.status} /></p>
      <p role="status" className="application-notice">{notice}</p>
      {failure && <p className="notice notice--error" role="alert">{failure}</p>}
      {current.decision && <DecisionSummary decision={current.decision} />}
      {(current.status === "draft" || current.status === "submitted") && (
        <div className="application-actions">
          {current.status === "draft" && <Link className="button button--secondary" to={`/my-applications/${current.id}/edit`}>{t("applications.detail.edit")}</Link>}
          {current.status === "draft" && <button type="button" className="button" onClick={() => void act("submit", t("applications.detail.submitted"))}>{t("applications.detail.submit")}</button>}
          <button type="button" className="button button--secondary" onClick={() => void act("withdraw", t("applications.detail.withdrawn"))}>{t("applications.detail.withdraw")}</button>
        </div>
      )}
      <section className="application-section" aria-labelledby="content-heading">
        <h2 id="content-heading">{t("applications.detail.content")}</h2>
        <ApplicationContent application={current} />
      </section>
      <MessageList applicationId={current.id} key={current.status} />
    </div>
  );
}
