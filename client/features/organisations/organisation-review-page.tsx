import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useParams } from "react-router";
import { OrganisationDetail, ReturnOrganisation } from "@shared/contracts/organisations.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { AuditHistory } from "@client/components/audit-history/index.ts";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation, useApiResource } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { organisationFieldLabel, organisationValue } from "./labels.ts";
import { MembersSection } from "./members-section.tsx";
import { OrganisationFacts } from "./organisation-facts.tsx";
import { StatusPanel } from "./status-panel.tsx";
import { StatusTag } from "./status-tag.tsx";
import { changeOrganisation, ORGANISATION_RESOURCES } from "./requests.ts";
import "./organisations.css";

/** "/organisations/:id": an officer checks an organisation, verifies it or returns it, and reads its history. */
export function OrganisationReviewPage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("account.staffOnly")}>
      {() => <OrganisationReview />}
    </RequireSession>
  );
}

function OrganisationReview() {
  const { id = "" } = useParams();
  const { data: current, error, refetch, replace: setCurrent } = useApiResource(`/api/organisations/${encodeURIComponent(id)}`, OrganisationDetail);
  const [notice, setNotice] = useState<string | null>(null);

  if (error) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!current) return <LoadingState />;

  const changed = (organisation: OrganisationDetail, message: string) => {
    setCurrent(organisation);
    setNotice(message);
  };

  return (
    <div className="page page--medium">
      <p><Link to="/organisations">{t("organisation.review.back")}</Link></p>
      <PageHeading title={current.name} />
      <p role="status" className="status-message">{notice}</p>
      <StatusPanel organisation={current} />
      {current.nipConflict && <NipConflict organisation={current} />}
      <section aria-labelledby="org-data-heading">
        <h2 id="org-data-heading">{t("organisation.review.data")}</h2>
        <OrganisationFacts organisation={current} />
      </section>
      <MembersSection organisation={current} canAdd={false} />
      <VerificationActions organisation={current} onChanged={changed} />
      <AuditHistory entity="organisation" entityId={current.id} fieldLabel={organisationFieldLabel} formatValue={organisationValue} version={current.updatedAt} />
    </div>
  );
}

interface ActionsProps {
  organisation: OrganisationDetail;
  onChanged: (organisation: OrganisationDetail, message: string) => void;
}

function VerificationActions({ organisation, onChanged }: ActionsProps) {
  const form = useForm<{ reason: string }, unknown, ReturnOrganisation>({ resolver: zodResolver(ReturnOrganisation), defaultValues: { reason: "" } });
  const feedback = useFormFeedback(form, "return", () => t("organisation.review.reason"));
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const verifyRequest = useApiMutation(() => changeOrganisation("POST", `/api/organisations/${organisation.id}/verify`), ORGANISATION_RESOURCES);
  const returnRequest = useApiMutation((values: ReturnOrganisation) => changeOrganisation("POST", `/api/organisations/${organisation.id}/return`, values), ORGANISATION_RESOURCES);

  const verify = async () => {
    setVerifyError(null);
    try {
      onChanged(await verifyRequest.mutateAsync(), t("organisation.review.verified"));
    } catch (error) {
      setVerifyError(error instanceof ApiError ? error.userMessage : String(error));
    }
  };

  const sendBack = form.handleSubmit(async () => {
    try {
      const updated = await returnRequest.mutateAsync(form.getValues());
      form.reset({ reason: "" });
      onChanged(updated, t("organisation.review.returned"));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  return (
    <section className="verification" aria-labelledby="verification-heading">
      <h2 id="verification-heading">{t("organisation.review.heading")}</h2>
      {organisation.status === "pending-verification" && (
        <>
          {verifyError && <p className="notice notice--error" role="alert">{verifyError}</p>}
          <button type="button" className="button" disabled={verifyRequest.isPending} onClick={() => void verify()}>{t("organisation.review.verify")}</button>
        </>
      )}
      {organisation.status !== "returned" && (
        <form className="verification__return" noValidate onSubmit={sendBack}>
          <h3>{t("organisation.review.returnHeading")}</h3>
          <FormErrorSummary title={t("account.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
          <TextareaField
            id={fieldId("return", "reason")} label={t("organisation.review.reason")} hint={t("organisation.review.reasonHint")}
            error={errorText(form.formState.errors.reason)} {...form.register("reason")}
          />
          <button type="submit" className="button button--secondary" disabled={form.formState.isSubmitting}>{t("organisation.review.return")}</button>
        </form>
      )}
    </section>
  );
}

/** Other organisations registered with the same NIP: the officer verifies the one that holds it. */
function NipConflict({ organisation }: { organisation: OrganisationDetail }) {
  return (
    <div className="notice notice--error" role="note">
      <p>{t("organisation.review.nipConflict")}</p>
      <ul>
        {organisation.nipClaimants.map((c) => (
          <li key={c.id}><Link to={`/organisations/${c.id}`}>{c.name}</Link> <StatusTag status={c.status} /></li>
        ))}
      </ul>
    </div>
  );
}
