import { zodResolver } from "@hookform/resolvers/zod";
import { type FieldError, useFieldArray, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { INVESTMENT_CATEGORIES, type Investment, InvestmentPropose } from "@shared/contracts/investments.ts";
import { ACCESSIBILITY_FEATURES } from "@shared/contracts/premises.ts";
import { formatPLN } from "@shared/domain/money.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { amountInput, featureLabel, investmentCategoryLabel, sumOfAmounts } from "./labels.ts";
import { INVESTMENT_RESOURCES, changeInvestment, investmentApi } from "./requests.ts";

interface ProposeValues {
  title: string;
  category: string;
  scope: string;
  plannedStart: string;
  plannedEnd: string;
  estimate: { description: string; amount: string }[];
  /** The boxes ticked (react-hook-form gives the values of a group of checkboxes as an array, or false when none is ticked). */
  addsFeatures: string[] | false;
}

/** The proposal as the API takes it: amounts in its form, features only for accessibility works. */
function proposeBody(v: ProposeValues) {
  const features = Array.isArray(v.addsFeatures) ? v.addsFeatures : [];
  return {
    title: v.title.trim(), category: v.category, scope: v.scope.trim(), plannedStart: v.plannedStart, plannedEnd: v.plannedEnd,
    estimate: v.estimate.map((i) => ({ description: i.description.trim(), amount: amountInput(i.amount) })),
    ...(v.category === "accessibility" ? { addsFeatures: features } : {}),
  };
}

/** InvestmentPropose, as the API checks it, on the body the form sends. */
const ProposeSchema = z.preprocess((v: ProposeValues) => proposeBody(v), InvestmentPropose);

const FORM = "investment-propose";
const FIELDS = ["title", "category", "scope", "plannedStart", "plannedEnd", "estimate", "addsFeatures"] as const;
const labelOf = (path: string) => {
  const item = /^estimate\.(\d+)\.(description|amount)$/.exec(path);
  if (item) return t(item[2] === "amount" ? "investments.propose.itemAmount" : "investments.propose.itemDescription", { n: Number(item[1]) + 1 });
  const field = FIELDS.find((f) => path === f || path.startsWith(`${f}.`));
  return field ? t(`investments.propose.${field}`) : path;
};

/** The tenant's proposal under a signed lease: what, why, when, the cost estimate (kosztorys) and, for accessibility works, the features. */
export function ProposeForm({ leaseId, onDone }: { leaseId: string; onDone: (investment: Investment) => void }) {
  const form = useForm<ProposeValues>({
    resolver: zodResolver(ProposeSchema, undefined, { raw: true }),
    defaultValues: { title: "", category: "accessibility", scope: "", plannedStart: "", plannedEnd: "", estimate: [{ description: "", amount: "" }], addsFeatures: [] },
  });
  const items = useFieldArray({ control: form.control, name: "estimate" });
  const feedback = useFormFeedback(form, FORM, labelOf);
  const category = useWatch({ control: form.control, name: "category" });
  const amounts = useWatch({ control: form.control, name: "estimate" }).map((i) => i.amount);
  const propose = useApiMutation((values: ProposeValues) => changeInvestment(investmentApi.propose(leaseId), proposeBody(values)), INVESTMENT_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      onDone(await propose.mutateAsync(values));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  const featuresError = errorText(Array.isArray(errors.addsFeatures) ? undefined : errors.addsFeatures);
  const estimateError = errorText(errors.estimate?.root ?? (errors.estimate as FieldError | undefined));

  return (
    <form className="investment-form" noValidate onSubmit={submit} aria-labelledby={`${FORM}-heading`}>
      <h2 id={`${FORM}-heading`}>{t("investments.propose.heading")}</h2>
      <FormErrorSummary title={t("investments.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <TextField id={fieldId(FORM, "title")} label={labelOf("title")} error={errorText(errors.title)} {...form.register("title")} />
      <SelectField id={fieldId(FORM, "category")} label={labelOf("category")} error={errorText(errors.category)}
        options={INVESTMENT_CATEGORIES.map((c) => ({ value: c, label: investmentCategoryLabel(c) }))} {...form.register("category")} />
      <TextareaField id={fieldId(FORM, "scope")} label={labelOf("scope")} hint={t("investments.propose.scopeHint")} error={errorText(errors.scope)} {...form.register("scope")} />
      <div className="investment-form__pair">
        <TextField id={fieldId(FORM, "plannedStart")} type="date" label={labelOf("plannedStart")} error={errorText(errors.plannedStart)} {...form.register("plannedStart")} />
        <TextField id={fieldId(FORM, "plannedEnd")} type="date" label={labelOf("plannedEnd")} error={errorText(errors.plannedEnd)} {...form.register("plannedEnd")} />
      </div>
      {category === "accessibility" && (
        <fieldset id={fieldId(FORM, "addsFeatures")} className="investment-form__group" tabIndex={-1}
          aria-describedby={featuresError ? `${fieldId(FORM, "addsFeatures")}-error` : `${FORM}-features-hint`}>
          <legend>{labelOf("addsFeatures")}</legend>
          <p className="field__hint" id={`${FORM}-features-hint`}>{t("investments.propose.addsFeaturesHint")}</p>
          {featuresError && <p className="field__error" id={`${fieldId(FORM, "addsFeatures")}-error`}>{featuresError}</p>}
          <div className="investment-form__features">
            {ACCESSIBILITY_FEATURES.map((feature) => (
              <div className="choice" key={feature}>
                <input type="checkbox" id={`${FORM}-feature-${feature}`} value={feature} className="choice__input" {...form.register("addsFeatures")} />
                <label htmlFor={`${FORM}-feature-${feature}`} className="choice__label">{featureLabel(feature)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset id={fieldId(FORM, "estimate")} className="investment-form__group" tabIndex={-1}
        aria-describedby={estimateError ? `${fieldId(FORM, "estimate")}-error` : undefined}>
        <legend>{labelOf("estimate")}</legend>
        <p className="field__hint">{t("investments.propose.estimateHint")}</p>
        {estimateError && <p className="field__error" id={`${fieldId(FORM, "estimate")}-error`}>{estimateError}</p>}
        {items.fields.map((row, i) => (
          <div key={row.id} className="investment-form__row">
            <TextField id={fieldId(FORM, `estimate.${i}.description`)} label={labelOf(`estimate.${i}.description`)}
              error={errorText(errors.estimate?.[i]?.description)} {...form.register(`estimate.${i}.description`)} />
            <TextField id={fieldId(FORM, `estimate.${i}.amount`)} label={labelOf(`estimate.${i}.amount`)} inputMode="decimal"
              error={errorText(errors.estimate?.[i]?.amount)} {...form.register(`estimate.${i}.amount`)} />
            <button type="button" className="button button--secondary" disabled={items.fields.length === 1} onClick={() => items.remove(i)}>
              {t("investments.propose.removeItem", { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary" onClick={() => items.append({ description: "", amount: "" })}>{t("investments.propose.addItem")}</button>
        <p className="investment-form__total" aria-live="polite">
          {t("investments.propose.total")}: <strong>{formatPLN(sumOfAmounts(amounts))}</strong>
        </p>
      </fieldset>
      <button type="submit" className="button" disabled={isSubmitting}>{t("investments.propose.submit")}</button>
    </form>
  );
}
