import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { type ApplicationDetail, ApproveRequest, RejectRequest, type Review } from "@shared/contracts/applications.ts";
import { formatRate } from "@shared/domain/money.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { APPLICATION_RESOURCES, changeApplication } from "./requests.ts";

/** The approval form as typed: every field text, empty meaning "the default". */
export interface TermsValues {
  startDate: string;
  months: string;
  rate: string;
  beforeStartDays: string;
  renovationDays: string;
  grantDate: string;
  eurRate: string;
  choiceReason: string;
}

const APPROVE = "approve";
type TermsLabel = "startDate" | "months" | "rateInput" | "beforeStartDays" | "renovationDays" | "grantDate" | "eurRate" | "choiceReason";
const labelOf = (path: string) => t(`applications.review.${(path === "rate" ? "rateInput" : path) as TermsLabel}`);

/** Empty fields are left out, so the server applies its defaults. */
export function filledTerms(values: TermsValues): Partial<TermsValues> {
  const entries: [string, string][] = Object.entries(values as Record<keyof TermsValues, string>);
  return Object.fromEntries(entries.filter(([, v]) => v.trim() !== ""));
}

const approveResolver: Resolver<TermsValues, unknown, ApproveRequest> = (values, context, options) =>
  (zodResolver(ApproveRequest) as unknown as Resolver<Partial<TermsValues>, unknown, ApproveRequest>)(filledTerms(values), context, options as never);

interface FormsProps {
  review: Review;
  onDecided: (application: ApplicationDetail, message: string) => void;
  /** The typed terms, so the review above shows their rate, aid and room left while the officer types. */
  onTermsChange: (values: TermsValues) => void;
}

export function DecisionForms({ review, onDecided, onTermsChange }: FormsProps) {
  return (
    <section className="application-section" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t("applications.review.decide")}</h2>
      <div className="decision-forms">
        <ApproveForm review={review} onDecided={onDecided} onTermsChange={onTermsChange} />
        <RejectForm review={review} onDecided={onDecided} />
      </div>
    </section>
  );
}

function ApproveForm({ review, onDecided, onTermsChange }: FormsProps) {
  const a = review.application;
  const form = useForm<TermsValues, unknown, ApproveRequest>({
    resolver: approveResolver,
    defaultValues: { startDate: a.requestedStart, months: String(a.requestedMonths), rate: "", beforeStartDays: "0", renovationDays: "0", grantDate: "", eurRate: "", choiceReason: "" },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  const feedback = useFormFeedback(form, APPROVE, labelOf);
  const [conflict, setConflict] = useState<string | null>(null);
  const approveRequest = useApiMutation((terms: ReturnType<typeof filledTerms>) => changeApplication("POST", `/api/applications/${a.id}/approve`, terms), APPLICATION_RESOURCES);
  const limits = review.terms?.holidayLimits;
  const policyRate = review.terms?.best?.rate;

  const approve = form.handleSubmit(async () => {
    feedback.clear();
    setConflict(null);
    try {
      const decided = await approveRequest.mutateAsync(filledTerms(form.getValues()));
      onDecided(decided, t("applications.review.approved"));
    } catch (error) {
      // Another officer was faster: say so plainly, nothing was saved.
      if (error instanceof ApiError && error.status === 409) setConflict(t("applications.review.conflict", { detail: error.userMessage }));
      else feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  const field = (name: keyof TermsValues, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(APPROVE, name)} label={labelOf(name)} error={errorText(errors[name])} {...props}
      {...register(name, { onChange: () => onTermsChange(form.getValues()) })}
    />
  );

  return (
    <form className="decision-form" noValidate onSubmit={approve}>
      <h3>{t("applications.review.approveHeading")}</h3>
      {conflict && <p className="notice notice--error" role="alert">{conflict}</p>}
      <FormErrorSummary title={t("applications.review.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <div className="field-row">
        {field("startDate", { type: "date" })}
        {field("months", { inputMode: "numeric" })}
      </div>
      {field("rate", { inputMode: "decimal", suffix: "zł/m²", hint: policyRate ? t("applications.review.rateHint", { rate: formatRate(policyRate) }) : undefined })}
      <div className="field-row">
        {field("beforeStartDays", { inputMode: "numeric", hint: limits && t("applications.review.beforeStartHint", { days: limits.beforeStartMaxDays }) })}
        {field("renovationDays", { inputMode: "numeric", hint: limits && t("applications.review.renovationHint", { days: limits.renovationMaxDays }) })}
      </div>
      <div className="field-row">
        {field("grantDate", { type: "date", hint: t("applications.review.grantDateHint") })}
        {field("eurRate", { inputMode: "decimal", hint: t("applications.review.eurRateHint") })}
      </div>
      {review.competing.length > 0 && (
        <TextareaField
          id={fieldId(APPROVE, "choiceReason")} label={labelOf("choiceReason")} hint={t("applications.review.choiceReasonHint")}
          error={errorText(errors.choiceReason)} {...register("choiceReason")}
        />
      )}
      <button type="submit" className="button" disabled={isSubmitting}>{t("applications.review.approve")}</button>
    </form>
  );
}

function RejectForm({ review, onDecided }: Omit<FormsProps, "onTermsChange">) {
  const form = useForm<{ reason: string }, unknown, RejectRequest>({ resolver: zodResolver(RejectRequest), defaultValues: { reason: "" } });
  const feedback = useFormFeedback(form, "reject", () => t("applications.review.reason"));
  const rejectRequest = useApiMutation((values: RejectRequest) => changeApplication("POST", `/api/applications/${review.application.id}/reject`, values), APPLICATION_RESOURCES);
  const reject = form.handleSubmit(async () => {
    feedback.clear();
    try {
      onDecided(await rejectRequest.mutateAsync(form.getValues()), t("applications.review.rejected"));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  return (
    <form className="decision-form" noValidate onSubmit={reject}>
      <h3>{t("applications.review.rejectHeading")}</h3>
      <FormErrorSummary title={t("applications.review.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <TextareaField id={fieldId("reject", "reason")} label={t("applications.review.reason")} error={errorText(form.formState.errors.reason)} {...form.register("reason")} />
      <button type="submit" className="button button--secondary" disabled={form.formState.isSubmitting}>{t("applications.review.reject")}</button>
    </form>
  );
}
