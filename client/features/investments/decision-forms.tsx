import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { hundredthsFromString } from "@shared/contracts/common.ts";
import { type Investment, InvestmentAccept, InvestmentConsent, InvestmentRefuse } from "@shared/contracts/investments.ts";
import { CONDITIONS } from "@shared/contracts/premises.ts";
import { systemClock, todayIn } from "@shared/domain/dates.ts";
import { formatPLN, toDecimal, toFixed2String } from "@shared/domain/money.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { amountInput } from "./labels.ts";
import { INVESTMENT_RESOURCES, changeInvestment, investmentApi } from "./requests.ts";

interface FormProps {
  investment: Investment;
  /** The investment as the server now has it, and what to tell the user. */
  onDone: (investment: Investment, message: string) => void;
}

interface ConsentValues { approvedAmount: string; conditions: string }
const consentBody = (v: ConsentValues) => ({ approvedAmount: amountInput(v.approvedAmount), ...(v.conditions.trim() ? { conditions: v.conditions.trim() } : {}) });
const ConsentSchema = z.preprocess((v: ConsentValues) => consentBody(v), InvestmentConsent);
const CONSENT = "investment-consent";
const consentLabel = (path: string) => t(path === "conditions" ? "investments.consent.conditions" : "investments.consent.approvedAmount");

/** "Zgoda": the approved amount (the estimate at most; its total by default) and the conditions. */
export function ConsentForm({ investment, onDone }: FormProps) {
  const form = useForm<ConsentValues>({ resolver: zodResolver(ConsentSchema, undefined, { raw: true }), defaultValues: { approvedAmount: investment.estimateTotal, conditions: "" } });
  const feedback = useFormFeedback(form, CONSENT, consentLabel);
  const consent = useApiMutation((values: ConsentValues) => changeInvestment(`${investmentApi.one(investment.id)}/consent`, consentBody(values)), INVESTMENT_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      const changed = await consent.mutateAsync(values);
      onDone(changed, t("investments.consent.done", { amount: formatPLN(changed.approvedAmount ?? "0") }));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="investment-form" noValidate onSubmit={submit} aria-labelledby={`${CONSENT}-heading`}>
      <h3 id={`${CONSENT}-heading`}>{t("investments.consent.heading")}</h3>
      <p>{t("investments.consent.intro", { estimate: formatPLN(investment.estimateTotal) })}</p>
      <FormErrorSummary title={t("investments.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <TextField id={fieldId(CONSENT, "approvedAmount")} label={consentLabel("approvedAmount")} inputMode="decimal" hint={t("investments.consent.approvedAmountHint")}
        error={errorText(errors.approvedAmount)} {...form.register("approvedAmount")} />
      <TextareaField id={fieldId(CONSENT, "conditions")} label={consentLabel("conditions")} error={errorText(errors.conditions)} {...form.register("conditions")} />
      <button type="submit" className="button" disabled={isSubmitting}>{t("investments.consent.submit")}</button>
    </form>
  );
}

interface RefuseValues { reason: string }
const REFUSE = "investment-refuse";

/** "Odmowa": consent refused, with the reason the tenant will read. */
export function RefuseForm({ investment, onDone }: FormProps) {
  const form = useForm<RefuseValues>({ resolver: zodResolver(InvestmentRefuse, undefined, { raw: true }), defaultValues: { reason: "" } });
  const feedback = useFormFeedback(form, REFUSE, () => t("investments.refuse.reason"));
  const refuse = useApiMutation((values: RefuseValues) => changeInvestment(`${investmentApi.one(investment.id)}/refuse`, { reason: values.reason.trim() }), INVESTMENT_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      onDone(await refuse.mutateAsync(values), t("investments.refuse.done"));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  return (
    <form className="investment-form" noValidate onSubmit={submit} aria-labelledby={`${REFUSE}-heading`}>
      <h3 id={`${REFUSE}-heading`}>{t("investments.refuse.heading")}</h3>
      <FormErrorSummary title={t("investments.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <TextareaField id={fieldId(REFUSE, "reason")} label={t("investments.refuse.reason")} error={errorText(form.formState.errors.reason)} {...form.register("reason")} />
      <button type="submit" className="button button--secondary" disabled={form.formState.isSubmitting}>{t("investments.refuse.submit")}</button>
    </form>
  );
}

/** The most that can be accepted: the smaller of the actual and the approved cost. */
export function acceptanceCeiling(investment: Pick<Investment, "actualCost" | "approvedAmount">): string {
  const actual = toDecimal(investment.actualCost ?? "0");
  const approved = toDecimal(investment.approvedAmount ?? "0");
  return toFixed2String(actual.lessThan(approved) ? actual : approved);
}

interface AcceptValues { acceptedOn: string; acceptedAmount: string; reason: string; conditionAfter: string }
const acceptBody = (v: AcceptValues) => ({
  acceptedOn: v.acceptedOn,
  acceptedAmount: amountInput(v.acceptedAmount),
  ...(v.reason.trim() ? { reason: v.reason.trim() } : {}),
  ...(v.conditionAfter ? { conditionAfter: v.conditionAfter } : {}),
});
/** InvestmentAccept, and (as the API also says) a reason whenever less than the ceiling is accepted. */
const acceptSchema = (ceilingGrosze: number) => z.preprocess((v: AcceptValues) => acceptBody(v), InvestmentAccept)
  .refine((b) => b.acceptedAmount === undefined || b.acceptedAmount >= ceilingGrosze || b.reason !== undefined, { path: ["reason"], message: "acceptance.reasonRequired" });
const ACCEPT = "investment-accept";
const ACCEPT_FIELDS = ["acceptedOn", "acceptedAmount", "reason", "conditionAfter"] as const;
const acceptLabel = (path: string) => t(`investments.accept.${(ACCEPT_FIELDS as readonly string[]).includes(path) ? path as (typeof ACCEPT_FIELDS)[number] : "acceptedOn"}`);

/**
 * "Odbiór": after the inspection, the protocol's date and the amount to offset against rent, by default
 * the smaller of the actual and the approved cost; less only with a reason. A renovation may record the
 * condition found.
 */
export function AcceptForm({ investment, onDone }: FormProps) {
  const ceiling = acceptanceCeiling(investment);
  const form = useForm<AcceptValues>({
    resolver: zodResolver(acceptSchema(hundredthsFromString(ceiling) ?? 0), undefined, { raw: true }),
    defaultValues: { acceptedOn: todayIn(systemClock), acceptedAmount: ceiling, reason: "", conditionAfter: "" },
  });
  const feedback = useFormFeedback(form, ACCEPT, acceptLabel);
  const accept = useApiMutation((values: AcceptValues) => changeInvestment(`${investmentApi.one(investment.id)}/accept`, acceptBody(values)), INVESTMENT_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      const changed = await accept.mutateAsync(values);
      onDone(changed, t("investments.accept.done", { amount: formatPLN(changed.acceptedAmount ?? "0") }));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="investment-form" noValidate onSubmit={submit} aria-labelledby={`${ACCEPT}-heading`}>
      <h3 id={`${ACCEPT}-heading`}>{t("investments.accept.heading")}</h3>
      <p>{t("investments.accept.intro", { ceiling: formatPLN(ceiling) })}</p>
      <FormErrorSummary title={t("investments.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <TextField id={fieldId(ACCEPT, "acceptedOn")} type="date" label={acceptLabel("acceptedOn")} hint={t("investments.accept.acceptedOnHint")}
        error={errorText(errors.acceptedOn)} {...form.register("acceptedOn")} />
      <TextField id={fieldId(ACCEPT, "acceptedAmount")} label={acceptLabel("acceptedAmount")} inputMode="decimal" hint={t("investments.accept.acceptedAmountHint")}
        error={errorText(errors.acceptedAmount)} {...form.register("acceptedAmount")} />
      <TextareaField id={fieldId(ACCEPT, "reason")} label={acceptLabel("reason")} hint={t("investments.accept.reasonHint")} error={errorText(errors.reason)} {...form.register("reason")} />
      {investment.category === "renovation" && (
        <SelectField id={fieldId(ACCEPT, "conditionAfter")} label={acceptLabel("conditionAfter")} hint={t("investments.accept.conditionAfterHint")}
          error={errorText(errors.conditionAfter)} {...form.register("conditionAfter")}
          options={[{ value: "", label: t("investments.accept.conditionUnchanged") }, ...CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))]} />
      )}
      <button type="submit" className="button" disabled={isSubmitting}>{t("investments.accept.submit")}</button>
    </form>
  );
}
