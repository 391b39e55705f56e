import { zodResolver } from "@hookform/resolvers/zod";
import { type FieldError, useFieldArray, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { type Investment, InvestmentComplete } from "@shared/contracts/investments.ts";
import { systemClock, todayIn } from "@shared/domain/dates.ts";
import { formatPLN } from "@shared/domain/money.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { amountInput, sumOfAmounts } from "./labels.ts";
import { INVESTMENT_RESOURCES, changeInvestment, investmentApi } from "./requests.ts";

interface InvoiceValues { number: string; date: string; seller: string; nip: string; net: string }
interface CompleteValues { completedOn: string; actualCost: string; invoices: InvoiceValues[] }

const completeBody = (v: CompleteValues) => ({
  completedOn: v.completedOn,
  actualCost: amountInput(v.actualCost),
  invoices: v.invoices.map((i) => ({ number: i.number.trim(), date: i.date, seller: i.seller.trim(), nip: i.nip.trim(), net: amountInput(i.net) })),
});

const CompleteSchema = z.preprocess((v: CompleteValues) => completeBody(v), InvestmentComplete);

const FORM = "investment-complete";
const INVOICE_FIELDS = ["number", "date", "seller", "nip", "net"] as const;
const labelOf = (path: string) => {
  const m = /^invoices\.(\d+)\.(number|date|seller|nip|net)$/.exec(path);
  if (m) return t(`investments.complete.invoice.${m[2] as (typeof INVOICE_FIELDS)[number]}`, { n: Number(m[1]) + 1 });
  if (path === "completedOn" || path === "actualCost") return t(`investments.complete.${path}`);
  return t("investments.complete.invoices");
};

const emptyInvoice: InvoiceValues = { number: "", date: "", seller: "", nip: "", net: "" };

/** The tenant reports consented works done: the completion date, the actual cost (net) and the invoices. */
export function CompleteForm({ investment, onDone }: { investment: Investment; onDone: (investment: Investment, message: string) => void }) {
  const form = useForm<CompleteValues>({
    resolver: zodResolver(CompleteSchema, undefined, { raw: true }),
    defaultValues: { completedOn: todayIn(systemClock), actualCost: "", invoices: [emptyInvoice] },
  });
  const rows = useFieldArray({ control: form.control, name: "invoices" });
  const feedback = useFormFeedback(form, FORM, labelOf);
  const nets = useWatch({ control: form.control, name: "invoices" }).map((i) => i.net);
  const complete = useApiMutation((values: CompleteValues) => changeInvestment(`${investmentApi.one(investment.id)}/complete`, completeBody(values)), INVESTMENT_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      onDone(await complete.mutateAsync(values), t("investments.complete.done"));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  const invoicesError = errorText(errors.invoices?.root ?? (errors.invoices as FieldError | undefined));

  return (
    <form className="investment-form" noValidate onSubmit={submit} aria-labelledby={`${FORM}-heading`}>
      <h3 id={`${FORM}-heading`}>{t("investments.complete.heading")}</h3>
      <p>{t("investments.complete.intro", { approved: formatPLN(investment.approvedAmount ?? "0") })}</p>
      <FormErrorSummary title={t("investments.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <div className="investment-form__pair">
        <TextField id={fieldId(FORM, "completedOn")} type="date" label={labelOf("completedOn")} error={errorText(errors.completedOn)} {...form.register("completedOn")} />
        <TextField id={fieldId(FORM, "actualCost")} label={labelOf("actualCost")} inputMode="decimal" hint={t("investments.complete.actualCostHint")}
          error={errorText(errors.actualCost)} {...form.register("actualCost")} />
      </div>
      <fieldset id={fieldId(FORM, "invoices")} className="investment-form__group" tabIndex={-1}
        aria-describedby={invoicesError ? `${fieldId(FORM, "invoices")}-error` : undefined}>
        <legend>{labelOf("invoices")}</legend>
        {invoicesError && <p className="field__error" id={`${fieldId(FORM, "invoices")}-error`}>{invoicesError}</p>}
        {rows.fields.map((row, i) => (
          <div key={row.id} className="investment-form__invoice">
            {INVOICE_FIELDS.map((name) => (
              <TextField key={name} id={fieldId(FORM, `invoices.${i}.${name}`)} label={labelOf(`invoices.${i}.${name}`)}
                type={name === "date" ? "date" : "text"} inputMode={name === "net" ? "decimal" : name === "nip" ? "numeric" : undefined}
                error={errorText(errors.invoices?.[i]?.[name])} {...form.register(`invoices.${i}.${name}`)} />
            ))}
            <button type="button" className="button button--secondary" disabled={rows.fields.length === 1} onClick={() => rows.remove(i)}>
              {t("investments.complete.removeInvoice", { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary" onClick={() => rows.append(emptyInvoice)}>{t("investments.complete.addInvoice")}</button>
        <p className="investment-form__total" aria-live="polite">
          {t("investments.complete.invoicesTotal")}: <strong>{formatPLN(sumOfAmounts(nets))}</strong>
        </p>
      </fieldset>
      <button type="submit" className="button" disabled={isSubmitting}>{t("investments.complete.submit")}</button>
    </form>
  );
}
