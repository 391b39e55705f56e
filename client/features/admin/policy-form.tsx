import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useFieldArray, useForm, useWatch, type Resolver } from "react-hook-form";
import type { PolicyPreview } from "@shared/contracts/policy-preview.ts";
import { RatePolicyInput, type RatePolicyVersion } from "@shared/contracts/rate-policy.ts";
import { CATEGORY_CODES, type CategoryCode } from "@shared/domain/rate-policy.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t, type MessageKey } from "@client/lib/i18n/index.ts";
import { PreviewTable } from "./preview-table.tsx";
import { adoptPolicy, correctPolicy, POLICIES_URL, previewPolicy } from "./requests.ts";

const FORM = "policy";

/** A category's rule as the form holds it: both values kept, the kind says which one is sent. */
interface RuleValues { kind: "discount" | "fixed"; percent: string; rate: string }
interface Values {
  name: string;
  effectiveFrom: string;
  isExample: boolean;
  floorRate: string;
  vatRate: string;
  adjustments: { socialPoolPoints: string; renovationPoints: string; combine: "once" };
  holidays: { beforeStartMaxDays: number; renovationMaxDays: number };
  categories: { code: CategoryCode; label: string; rule: RuleValues }[];
  leaseDefaults: { depositMultiple: number; paymentDay: number; offsetShare: string; remainderAtEnd: "refund" | "forfeit" };
}

const LEASE_DEFAULTS: Values["leaseDefaults"] = { depositMultiple: 3, paymentDay: 10, offsetShare: "0.50", remainderAtEnd: "refund" };

/** The form starts from the version in force: a new version usually changes a few of its numbers. */
function valuesFrom(base: RatePolicyVersion | undefined, editing: boolean): Values {
  return {
    name: editing ? base?.name ?? "" : "", effectiveFrom: editing ? base?.effectiveFrom ?? "" : "", isExample: editing ? base?.isExample ?? false : false,
    floorRate: base?.floorRate ?? "", vatRate: base?.vatRate ?? "0.23",
    adjustments: base?.adjustments ?? { socialPoolPoints: "10", renovationPoints: "10", combine: "once" },
    holidays: base?.holidays ?? { beforeStartMaxDays: 90, renovationMaxDays: 60 },
    categories: (base?.categories ?? []).map(({ code, label, rule }) => ({
      code, label,
      rule: rule.kind === "discount" ? { kind: "discount", percent: rule.percent, rate: "" } : { kind: "fixed", percent: "", rate: rule.rate },
    })),
    leaseDefaults: base?.leaseDefaults ?? LEASE_DEFAULTS,
  };
}

const LABELS: Record<string, MessageKey> = {
  name: "admin.policy.name", effectiveFrom: "admin.policy.effectiveFrom", floorRate: "admin.policy.floorRate", vatRate: "admin.policy.vatRate",
  "adjustments.socialPoolPoints": "admin.policy.socialPoolPoints", "adjustments.renovationPoints": "admin.policy.renovationPoints",
  "holidays.beforeStartMaxDays": "admin.policy.beforeStartMaxDays", "holidays.renovationMaxDays": "admin.policy.renovationMaxDays",
  "leaseDefaults.depositMultiple": "admin.policy.depositMultiple", "leaseDefaults.paymentDay": "admin.policy.paymentDay",
  "leaseDefaults.offsetShare": "admin.policy.offsetShare", "leaseDefaults.remainderAtEnd": "admin.policy.remainderAtEnd",
  categories: "admin.policy.categories",
};

function labelOf(path: string): string {
  const category = /^categories\.(\d+)\.(code|label|rule\.kind|rule\.percent|rule\.rate|rule)$/.exec(path);
  if (category) {
    const field = { code: "admin.policy.category", label: "admin.policy.categoryLabel", "rule.kind": "admin.policy.ruleKind", "rule.percent": "admin.policy.percent", "rule.rate": "admin.policy.fixedRate", rule: "admin.policy.ruleKind" }[category[2]!] as MessageKey;
    return `${t("admin.policy.categoryN", { n: Number(category[1]) + 1 })}: ${t(field)}`;
  }
  const key = LABELS[path];
  return key ? t(key) : path;
}

/** What the API is sent: each rule with its own value only. */
const resolver = zodResolver(RatePolicyInput) as unknown as Resolver<Values, unknown, RatePolicyInput>;

/**
 * A new version of the policy (RatePolicyInput, checked as the API checks it). "Pokaż skutki" asks the
 * API for today's and the new rate per category for a sample of available premises; the version can
 * be adopted only after a preview of exactly what is in the form.
 */
export function PolicyForm({ base, editing = false, onAdopted }: {
  base: RatePolicyVersion | undefined;
  /** The form corrects `base` (a version no decision cites yet) instead of adding a version. */
  editing?: boolean;
  onAdopted: (v: RatePolicyVersion) => void;
}) {
  const form = useForm<Values, unknown, RatePolicyInput>({ resolver, defaultValues: valuesFrom(base, editing) });
  const categories = useFieldArray({ control: form.control, name: "categories" });
  const feedback = useFormFeedback(form, FORM, labelOf);
  const preview = useApiMutation(previewPolicy, []);
  const adopt = useApiMutation(
    (draft: RatePolicyInput) => (editing && base ? correctPolicy({ id: base.id, draft }) : adoptPolicy(draft)),
    [POLICIES_URL, "/api/audit", "/api/premises"],
  );
  const [previewed, setPreviewed] = useState<{ json: string; data: PolicyPreview } | null>(null);
  const watched = useWatch({ control: form.control });
  const fresh = previewed !== null && previewed.json === JSON.stringify(watched);

  const showPreview = form.handleSubmit(async (draft) => {
    feedback.clear();
    try {
      const data = await preview.mutateAsync(draft);
      setPreviewed({ json: JSON.stringify(form.getValues()), data });
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  const submit = form.handleSubmit(async (draft) => {
    if (!fresh) return;
    feedback.clear();
    try {
      onAdopted(await adopt.mutateAsync(draft));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  const { errors, isSubmitting } = form.formState;
  const used = new Set(watched.categories?.map((c) => c?.code));
  const unusedCode = CATEGORY_CODES.find((code) => !used.has(code));
  const field = (path: keyof typeof LABELS  ) => ({ id: fieldId(FORM, path), label: labelOf(path) });
  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-labelledby="policy-new-heading">
      <FormErrorSummary title={t("admin.policy.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <fieldset>
        <legend>{t("admin.policy.version")}</legend>
        <div className="admin-grid">
          <TextField {...field("name")} error={errorText(errors.name)} {...form.register("name")} />
          <TextField {...field("effectiveFrom")} type="date" hint={t("admin.policy.effectiveFromHint")} error={errorText(errors.effectiveFrom)} {...form.register("effectiveFrom")} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("admin.policy.rates")}</legend>
        <div className="admin-grid">
          <TextField {...field("floorRate")} hint={t("admin.policy.floorRateHint")} error={errorText(errors.floorRate)} {...form.register("floorRate")} />
          <TextField {...field("vatRate")} hint={t("admin.policy.vatRateHint")} error={errorText(errors.vatRate)} {...form.register("vatRate")} />
          <TextField {...field("adjustments.socialPoolPoints")} error={errorText(errors.adjustments?.socialPoolPoints)} {...form.register("adjustments.socialPoolPoints")} />
          <TextField {...field("adjustments.renovationPoints")} error={errorText(errors.adjustments?.renovationPoints)} {...form.register("adjustments.renovationPoints")} />
          <TextField {...field("holidays.beforeStartMaxDays")} type="number" error={errorText(errors.holidays?.beforeStartMaxDays)} {...form.register("holidays.beforeStartMaxDays", { valueAsNumber: true })} />
          <TextField {...field("holidays.renovationMaxDays")} type="number" error={errorText(errors.holidays?.renovationMaxDays)} {...form.register("holidays.renovationMaxDays", { valueAsNumber: true })} />
        </div>
      </fieldset>
      <div id={fieldId(FORM, "categories")}>
        {categories.fields.map((category, i) => {
          const kind = watched.categories?.[i]?.rule?.kind ?? category.rule.kind;
          const ruleErrors = errors.categories?.[i]?.rule;
          return (
            <fieldset key={category.id}>
              <legend>{t("admin.policy.categoryN", { n: i + 1 })}</legend>
              <div className="admin-grid">
                <SelectField id={fieldId(FORM, `categories.${i}.code`)} label={labelOf(`categories.${i}.code`)} error={errorText(errors.categories?.[i]?.code)}
                  options={CATEGORY_CODES.map((code) => ({ value: code, label: t(`admin.categoryCode.${code}` as MessageKey) }))} {...form.register(`categories.${i}.code`)} />
                <TextField id={fieldId(FORM, `categories.${i}.label`)} label={labelOf(`categories.${i}.label`)} error={errorText(errors.categories?.[i]?.label)} {...form.register(`categories.${i}.label`)} />
                <SelectField id={fieldId(FORM, `categories.${i}.rule.kind`)} label={labelOf(`categories.${i}.rule.kind`)}
                  options={[{ value: "discount", label: t("admin.policy.kindDiscount") }, { value: "fixed", label: t("admin.policy.kindFixed") }]} {...form.register(`categories.${i}.rule.kind`)} />
                {kind === "discount"
                  ? <TextField id={fieldId(FORM, `categories.${i}.rule.percent`)} label={labelOf(`categories.${i}.rule.percent`)} error={errorText(ruleErrors?.percent)} {...form.register(`categories.${i}.rule.percent`)} />
                  : <TextField id={fieldId(FORM, `categories.${i}.rule.rate`)} label={labelOf(`categories.${i}.rule.rate`)} error={errorText(ruleErrors?.rate)} {...form.register(`categories.${i}.rule.rate`)} />}
              </div>
              {categories.fields.length > 1 && (
                <button type="button" className="button button--secondary" onClick={() => categories.remove(i)}>{t("admin.policy.removeCategory", { n: i + 1 })}</button>
              )}
            </fieldset>
          );
        })}
        {errors.categories?.message && <p className="field__error">{errorText(errors.categories as { type: string; message?: string })}</p>}
        {unusedCode && (
          <button type="button" className="button button--secondary"
            onClick={() => categories.append({ code: unusedCode, label: t(`admin.categoryCode.${unusedCode}` as MessageKey), rule: { kind: "discount", percent: "", rate: "" } })}>
            {t("admin.policy.addCategory")}
          </button>
        )}
      </div>
      <fieldset>
        <legend>{t("admin.policy.leaseDefaults")}</legend>
        <div className="admin-grid">
          <TextField {...field("leaseDefaults.depositMultiple")} type="number" error={errorText(errors.leaseDefaults?.depositMultiple)} {...form.register("leaseDefaults.depositMultiple", { valueAsNumber: true })} />
          <TextField {...field("leaseDefaults.paymentDay")} type="number" error={errorText(errors.leaseDefaults?.paymentDay)} {...form.register("leaseDefaults.paymentDay", { valueAsNumber: true })} />
          <TextField {...field("leaseDefaults.offsetShare")} error={errorText(errors.leaseDefaults?.offsetShare)} {...form.register("leaseDefaults.offsetShare")} />
          <SelectField {...field("leaseDefaults.remainderAtEnd")} error={errorText(errors.leaseDefaults?.remainderAtEnd)}
            options={[{ value: "refund", label: t("admin.policy.refund") }, { value: "forfeit", label: t("admin.policy.forfeit") }]} {...form.register("leaseDefaults.remainderAtEnd")} />
        </div>
      </fieldset>
      <div className="admin-buttons">
        <button type="button" className="button button--secondary" onClick={() => void showPreview()} disabled={preview.isPending}>{t("admin.policy.preview")}</button>
        <button type="submit" className="button" disabled={!fresh || isSubmitting}>{t(editing ? "admin.policy.saveCorrection" : "admin.policy.adopt")}</button>
        {!fresh && <span>{t(previewed ? "admin.policy.previewStale" : "admin.policy.previewFirst")}</span>}
      </div>
      {previewed && fresh && <PreviewTable preview={previewed.data} />}
    </form>
  );
}
