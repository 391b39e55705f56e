import { useState } from "react";
import { useForm } from "react-hook-form";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import type { PremisesWrite } from "@shared/contracts/premises-register.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { AccessibilitySection, ConditionSection, FORM, fieldLabel, IdentitySection, RentSection, UnitSection, UtilitiesSection } from "./form-sections.tsx";
import { premisesResolver, toFormValues, type FormValues } from "./form-values.ts";
import { createPremises, REGISTER_RESOURCES, updatePremises } from "./requests.ts";

interface PremisesFormProps {
  /** The premises being edited; none for a new one. */
  premises?: PremisesDetail;
  onSaved: (saved: PremisesDetail) => void;
}

/** Every field an officer records, grouped as on the paper card; the shared schema checks it. */
export function PremisesForm({ premises, onSaved }: PremisesFormProps) {
  const form = useForm<FormValues, unknown, PremisesWrite>({ resolver: premisesResolver, defaultValues: toFormValues(premises) });
  const feedback = useFormFeedback(form, FORM, fieldLabel);
  const [stale, setStale] = useState(false);
  const { isSubmitting } = form.formState;
  const save = useApiMutation((input: PremisesWrite) => (premises ? updatePremises(premises, input) : createPremises(input)), REGISTER_RESOURCES);

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const saved = await save.mutateAsync(input);
      form.reset(toFormValues(saved));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) setStale(true);
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  return (
    <form className="register-form" noValidate onSubmit={onSubmit}>
      <FormErrorSummary title={t("premisesRegister.failed")} items={feedback.items}
        message={stale ? t("premisesRegister.stale") : feedback.message} attempt={feedback.attempt} />
      <IdentitySection form={form} />
      <UnitSection form={form} />
      <ConditionSection form={form} />
      <UtilitiesSection form={form} />
      <AccessibilitySection form={form} />
      <RentSection form={form} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t("premisesRegister.saving") : t("premisesRegister.save")}
      </button>
    </form>
  );
}
