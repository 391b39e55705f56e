import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import { type DepositSettlement as Settlement, DepositSettlement, DepositSettlementCreate, type Lease, LeaseAnnexCreate } from "@shared/contracts/leases.ts";
import { formatDate, systemClock, todayIn } from "@shared/domain/dates.ts";
import { formatPLN, toDecimal } from "@shared/domain/money.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { LEASE_RESOURCES, changeLease, leaseApi } from "./requests.ts";

interface AnnexValues {
  effectiveFrom: string;
  rate: string;
  area: string;
  endDate: string;
  permittedUse: string;
  offsetShare: string;
}

/** The annex as the API takes it: the fields left empty are not sent (an annex changes only what it names). */
function annexBody(values: AnnexValues): Record<string, string> {
  return Object.fromEntries((Object.entries(values) as [string, string][]).filter(([, v]) => v.trim() !== "").map(([k, v]) => [k, v.trim()]));
}

/** LeaseAnnexCreate, as the API checks it, on the form's values with the empty fields left out. */
const AnnexSchema = z.preprocess((v: AnnexValues) => annexBody(v), LeaseAnnexCreate);

const ANNEX = "lease-annex";
const ANNEX_FIELDS = ["effectiveFrom", "rate", "area", "endDate", "permittedUse", "offsetShare"] as const;
const annexLabel = (path: string) => (ANNEX_FIELDS as readonly string[]).includes(path) ? t(`leases.annex.${path as (typeof ANNEX_FIELDS)[number]}`) : path;

/** "Aneks": from its effective date, a signed lease's rate, area, end date, use or offset share change. */
export function AnnexForm({ lease, onDone }: { lease: Lease; onDone: (lease: Lease, message: string) => void }) {
  const empty: AnnexValues = { effectiveFrom: todayIn(systemClock), rate: "", area: "", endDate: "", permittedUse: "", offsetShare: "" };
  const form = useForm<AnnexValues>({ resolver: zodResolver(AnnexSchema, undefined, { raw: true }), defaultValues: empty });
  const feedback = useFormFeedback(form, ANNEX, annexLabel);
  const add = useApiMutation((values: AnnexValues) => changeLease(`${leaseApi.one(lease.id)}/annexes`, annexBody(values)), LEASE_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      const changed = await add.mutateAsync(values);
      form.reset(empty);
      onDone(changed, t("leases.annex.done", { number: changed.annexes.length }));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  const field = (name: (typeof ANNEX_FIELDS)[number], type = "text", extra: { inputMode?: "decimal"; hint?: string } = {}) => (
    <TextField id={fieldId(ANNEX, name)} type={type} label={annexLabel(name)} error={errorText(errors[name])} {...extra} {...form.register(name)} />
  );
  return (
    <form className="lease-form" noValidate onSubmit={submit} aria-labelledby={`${ANNEX}-heading`}>
      <h3 id={`${ANNEX}-heading`}>{t("leases.annex.heading")}</h3>
      <p>{t("leases.annex.intro")}</p>
      <FormErrorSummary title={t("leases.detail.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      {field("effectiveFrom", "date")}
      {field("rate", "text", { inputMode: "decimal", hint: t("leases.annex.rateHint") })}
      {field("area", "text", { inputMode: "decimal", hint: t("leases.annex.areaHint") })}
      {field("endDate", "date")}
      {field("permittedUse")}
      {field("offsetShare", "text", { inputMode: "decimal", hint: t("leases.annex.offsetShareHint") })}
      <button type="submit" className="button" disabled={isSubmitting}>{t("leases.annex.submit")}</button>
    </form>
  );
}

interface DeductionValues { deductions: { reason: string; amount: string }[] }

const DEPOSIT = "lease-deposit";
const depositLabel = (path: string) => {
  const m = /^deductions\.(\d+)\.(reason|amount)$/.exec(path);
  if (!m) return t("leases.deposit.deductions");
  return t(m[2] === "reason" ? "leases.deposit.reasonN" : "leases.deposit.amountN", { n: Number(m[1]) + 1 });
};

/** "Rozliczenie kaucji": once the lease is over, the deductions (each with its reason); the rest is returned. */
export function DepositSettlementForm({ lease, onSettled }: { lease: Lease; onSettled: (message: string) => void }) {
  const form = useForm<DeductionValues>({ resolver: zodResolver(DepositSettlementCreate, undefined, { raw: true }), defaultValues: { deductions: [] } });
  const rows = useFieldArray({ control: form.control, name: "deductions" });
  const feedback = useFormFeedback(form, DEPOSIT, depositLabel);
  const [result, setResult] = useState<Settlement | null>(null);
  const settle = useApiMutation(
    (values: DeductionValues) => request(`${leaseApi.one(lease.id)}/deposit-settlement`, { method: "POST", json: values, schema: DepositSettlement }),
    LEASE_RESOURCES,
  );
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      const body = { deductions: values.deductions.map((d) => ({ reason: d.reason.trim(), amount: d.amount.trim() })) };
      const settled = await settle.mutateAsync(body);
      setResult(settled);
      onSettled(t("leases.deposit.done", { returned: formatPLN(settled.returned) }));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="lease-form" noValidate onSubmit={submit} aria-labelledby={`${DEPOSIT}-heading`}>
      <h3 id={`${DEPOSIT}-heading`}>{t("leases.deposit.heading")}</h3>
      <p>{t("leases.deposit.intro", { deposit: formatPLN(lease.deposit) })}</p>
      <FormErrorSummary title={t("leases.detail.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      {result && <p className="lease-notice">{t("leases.deposit.returned", { returned: formatPLN(result.returned) })}</p>}
      {result?.investments && !toDecimal(result.investments.remainder).isZero() && (
        <p className="lease-notice">{t("leases.deposit.investments", {
          remainder: formatPLN(result.investments.remainder), what: t(`leases.remainder.${result.investments.remainderAtEnd}`), toTenant: formatPLN(result.investments.toTenant),
        })}</p>
      )}
      <fieldset id={fieldId(DEPOSIT, "deductions")} className="lease-deductions">
        <legend>{t("leases.deposit.deductions")}</legend>
        {rows.fields.length === 0 && <p>{t("leases.deposit.none")}</p>}
        {rows.fields.map((row, i) => (
          <div key={row.id} className="lease-deduction">
            <TextField id={fieldId(DEPOSIT, `deductions.${i}.reason`)} label={depositLabel(`deductions.${i}.reason`)}
              error={errorText(errors.deductions?.[i]?.reason)} {...form.register(`deductions.${i}.reason`)} />
            <TextField id={fieldId(DEPOSIT, `deductions.${i}.amount`)} label={depositLabel(`deductions.${i}.amount`)} inputMode="decimal"
              error={errorText(errors.deductions?.[i]?.amount)} {...form.register(`deductions.${i}.amount`)} />
            <button type="button" className="button button--secondary" onClick={() => rows.remove(i)}>
              {t("leases.deposit.remove", { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary" onClick={() => rows.append({ reason: "", amount: "" })}>{t("leases.deposit.add")}</button>
      </fieldset>
      <button type="submit" className="button" disabled={isSubmitting}>{t("leases.deposit.submit")}</button>
    </form>
  );
}

/** The deposit settlement as the lease record carries it: deductions with reasons and the amount returned. */
export function DepositSettlementView({ settlement }: { settlement: NonNullable<Lease["depositSettlement"]> }) {
  return (
    <section className="lease-section" aria-labelledby="deposit-result-heading">
      <h2 id="deposit-result-heading">{t("leases.deposit.resultHeading")}</h2>
      <p>{t("leases.deposit.settledOn", { date: formatDate(settlement.settledOn), deposit: formatPLN(settlement.deposit) })}</p>
      {settlement.deductions.length === 0 ? <p>{t("leases.deposit.noDeductions")}</p> : (
        <div className="leases-scroll">
          <table className="leases-table">
            <caption className="visually-hidden">{t("leases.deposit.caption")}</caption>
            <thead>
              <tr><th scope="col">{t("leases.deposit.reason")}</th><th scope="col" className="amount">{t("leases.deposit.amount")}</th></tr>
            </thead>
            <tbody>
              {settlement.deductions.map((d, i) => <tr key={i}><td>{d.reason}</td><td className="amount">{formatPLN(d.amount)}</td></tr>)}
            </tbody>
          </table>
        </div>
      )}
      <p><strong>{t("leases.deposit.returned", { returned: formatPLN(settlement.returned) })}</strong></p>
    </section>
  );
}
