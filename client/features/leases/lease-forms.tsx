import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { type Lease, LeaseSign, LeaseTerminate, PREMISES_AFTER_LEASE } from "@shared/contracts/leases.ts";
import { systemClock, todayIn } from "@shared/domain/dates.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { LEASE_RESOURCES, changeLease, leaseApi } from "./requests.ts";

interface FormProps {
  lease: Lease;
  /** The lease as the server now has it, and what to tell the user. */
  onDone: (lease: Lease, message: string) => void;
}

type SignValues = z.output<typeof LeaseSign>;
type TerminateValues = z.output<typeof LeaseTerminate>;

const SIGN = "lease-sign";
const TERMINATE = "lease-terminate";

/** "Podpisz": a draft becomes a signed lease on the signing date (LeaseSign, as the API checks it). */
export function SignForm({ lease, onDone }: FormProps) {
  const form = useForm<{ signedOn: string }, unknown, SignValues>({ resolver: zodResolver(LeaseSign), defaultValues: { signedOn: todayIn(systemClock) } });
  const feedback = useFormFeedback(form, SIGN, () => t("leases.sign.signedOn"));
  const sign = useApiMutation((values: SignValues) => changeLease(`${leaseApi.one(lease.id)}/sign`, values), LEASE_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      onDone(await sign.mutateAsync(values), t("leases.sign.done"));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  return (
    <form className="lease-form" noValidate onSubmit={submit} aria-labelledby={`${SIGN}-heading`}>
      <h3 id={`${SIGN}-heading`}>{t("leases.sign.heading")}</h3>
      <FormErrorSummary title={t("leases.detail.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <TextField id={fieldId(SIGN, "signedOn")} type="date" label={t("leases.sign.signedOn")} error={errorText(form.formState.errors.signedOn)} {...form.register("signedOn")} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>{t("leases.sign.submit")}</button>
    </form>
  );
}

const terminateLabel = (path: string) =>
  path === "reason" ? t("leases.terminate.reason") : path === "premisesStatus" ? t("leases.terminate.premisesStatus") : t("leases.terminate.date");

/** "Rozwiąż": a signed lease ends early on a date, for a reason (LeaseTerminate). */
export function TerminateForm({ lease, onDone }: FormProps) {
  const form = useForm<z.input<typeof LeaseTerminate>, unknown, TerminateValues>({
    resolver: zodResolver(LeaseTerminate), defaultValues: { date: todayIn(systemClock), reason: "", premisesStatus: "available" },
  });
  const feedback = useFormFeedback(form, TERMINATE, terminateLabel);
  const terminate = useApiMutation((values: TerminateValues) => changeLease(`${leaseApi.one(lease.id)}/terminate`, values), LEASE_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    if (!window.confirm(t("leases.terminate.confirm"))) return;
    feedback.clear();
    try {
      onDone(await terminate.mutateAsync(values), t("leases.terminate.done"));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="lease-form" noValidate onSubmit={submit} aria-labelledby={`${TERMINATE}-heading`}>
      <h3 id={`${TERMINATE}-heading`}>{t("leases.terminate.heading")}</h3>
      <FormErrorSummary title={t("leases.detail.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <TextField id={fieldId(TERMINATE, "date")} type="date" label={t("leases.terminate.date")} error={errorText(errors.date)} {...form.register("date")} />
      <TextareaField id={fieldId(TERMINATE, "reason")} label={t("leases.terminate.reason")} error={errorText(errors.reason)} {...form.register("reason")} />
      <SelectField id={fieldId(TERMINATE, "premisesStatus")} label={t("leases.terminate.premisesStatus")} error={errorText(errors.premisesStatus)}
        options={PREMISES_AFTER_LEASE.map((value) => ({ value, label: t(`leases.terminate.premisesStatusOptions.${value}`) }))} {...form.register("premisesStatus")} />
      <button type="submit" className="button button--secondary" disabled={isSubmitting}>{t("leases.terminate.submit")}</button>
    </form>
  );
}
