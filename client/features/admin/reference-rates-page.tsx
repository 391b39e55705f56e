import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Cpi, PriceIndexYear } from "@shared/contracts/price-indices.ts";
import { DiscountRateInput } from "@shared/contracts/rate-policy.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiMutation, useApiQuery } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t, type MessageKey } from "@client/lib/i18n/index.ts";
import { DISCOUNT_RATES_URL, DiscountRateList, PRICE_INDICES_URL, PriceIndexList, saveDiscountRate, savePriceIndex } from "./requests.ts";
import "./admin.css";

/** "/admin/reference-rates": the EU discount rates and GUS's price indices, added and corrected. */
export function ReferenceRatesPage() {
  return (
    <RequireSession roles={["admin"]} otherRole={t("admin.adminOnly")}>
      {() => (
        <div className="page page--medium">
          <PageHeading title={t("admin.rates.title")} />
          <p>{t("admin.rates.intro")}</p>
          <DiscountRates />
          <PriceIndices />
        </div>
      )}
    </RequireSession>
  );
}

const labelFrom = (keys: Record<string, MessageKey>) => (path: string) => (keys[path] ? t(keys[path]) : path);

function DiscountRates() {
  const { data, error, refetch } = useApiQuery(DISCOUNT_RATES_URL, DiscountRateList);
  const form = useForm<DiscountRateInput>({ resolver: zodResolver(DiscountRateInput), defaultValues: { from: "", baseRate: "", discountRate: "" } });
  const feedback = useFormFeedback(form, "discount", labelFrom({ from: "admin.rates.from", baseRate: "admin.rates.baseRate", discountRate: "admin.rates.discountRate" }));
  const save = useApiMutation(saveDiscountRate, [DISCOUNT_RATES_URL, "/api/audit"]);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = form.handleSubmit(async (entry) => {
    feedback.clear();
    setNotice(null);
    const exists = (data ?? []).some((r) => r.from === entry.from);
    try {
      await save.mutateAsync({ entry, exists });
      setNotice(t(exists ? "admin.rates.discountCorrected" : "admin.rates.discountAdded", { date: formatDate(entry.from) }));
      form.reset({ from: "", baseRate: "", discountRate: "" });
    } catch (failure) {
      feedback.onFailure(failure);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  return (
    <section className="admin-section" aria-labelledby="discount-heading">
      <h2 id="discount-heading">{t("admin.rates.discountHeading")}</h2>
      <p>{t("admin.rates.discountIntro")}</p>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {data && (
        <div className="admin-scroll">
          <table className="admin-table">
            <caption className="visually-hidden">{t("admin.rates.discountHeading")}</caption>
            <thead><tr>
              <th scope="col">{t("admin.rates.from")}</th>
              <th scope="col" className="num">{t("admin.rates.baseRate")}</th>
              <th scope="col" className="num">{t("admin.rates.discountRate")}</th>
              <th scope="col"><span className="visually-hidden">{t("admin.rates.actions")}</span></th>
            </tr></thead>
            <tbody>
              {data.map((r) => (
                <tr key={r.from}>
                  <th scope="row">{formatDate(r.from)}</th>
                  <td className="num">{r.baseRate}</td>
                  <td className="num">{r.discountRate}</td>
                  <td>
                    <button type="button" className="button button--secondary" aria-label={t("admin.rates.correctDiscount", { date: formatDate(r.from) })}
                      onClick={() => { form.reset(r); form.setFocus("baseRate"); }}>{t("admin.rates.correct")}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="admin-form" noValidate onSubmit={submit} aria-labelledby="discount-form-heading">
        <h3 id="discount-form-heading">{t("admin.rates.discountForm")}</h3>
        <p role="status" className="admin-notice">{notice}</p>
        <FormErrorSummary title={t("admin.rates.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
        <div className="admin-grid">
          <TextField id={fieldId("discount", "from")} label={t("admin.rates.from")} type="date" error={errorText(errors.from)} {...form.register("from")} />
          <TextField id={fieldId("discount", "baseRate")} label={t("admin.rates.baseRate")} hint={t("admin.rates.fractionHint")} error={errorText(errors.baseRate)} {...form.register("baseRate")} />
          <TextField id={fieldId("discount", "discountRate")} label={t("admin.rates.discountRate")} hint={t("admin.rates.fractionHint")} error={errorText(errors.discountRate)} {...form.register("discountRate")} />
        </div>
        <button type="submit" className="button" disabled={isSubmitting}>{t("admin.rates.save")}</button>
      </form>
    </section>
  );
}

const CpiForm = z.object({ year: PriceIndexYear.shape.year, cpi: Cpi });
type CpiValues = z.input<typeof CpiForm>;

function PriceIndices() {
  const { data, error, refetch } = useApiQuery(PRICE_INDICES_URL, PriceIndexList);
  const form = useForm<CpiValues, unknown, z.output<typeof CpiForm>>({ resolver: zodResolver(CpiForm), defaultValues: { year: "", cpi: "" } });
  const feedback = useFormFeedback(form, "cpi", labelFrom({ year: "admin.rates.year", cpi: "admin.rates.cpi" }));
  const save = useApiMutation(savePriceIndex, [PRICE_INDICES_URL, "/api/audit"]);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ year, cpi }) => {
    feedback.clear();
    setNotice(null);
    const exists = (data ?? []).some((r) => r.year === year);
    try {
      await save.mutateAsync({ year: String(year), cpi });
      setNotice(t(exists ? "admin.rates.cpiCorrected" : "admin.rates.cpiAdded", { year }));
      form.reset({ year: "", cpi: "" });
    } catch (failure) {
      feedback.onFailure(failure);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  return (
    <section className="admin-section" aria-labelledby="cpi-heading">
      <h2 id="cpi-heading">{t("admin.rates.cpiHeading")}</h2>
      <p>{t("admin.rates.cpiIntro")}</p>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {data && (
        <div className="admin-scroll">
          <table className="admin-table">
            <caption className="visually-hidden">{t("admin.rates.cpiHeading")}</caption>
            <thead><tr>
              <th scope="col">{t("admin.rates.year")}</th>
              <th scope="col" className="num">{t("admin.rates.cpi")}</th>
              <th scope="col"><span className="visually-hidden">{t("admin.rates.actions")}</span></th>
            </tr></thead>
            <tbody>
              {[...data].reverse().map((r) => (
                <tr key={r.year}>
                  <th scope="row">{r.year}</th>
                  <td className="num">{r.cpi}</td>
                  <td>
                    <button type="button" className="button button--secondary" aria-label={t("admin.rates.correctCpi", { year: r.year })}
                      onClick={() => { form.reset({ year: String(r.year), cpi: r.cpi }); form.setFocus("cpi"); }}>{t("admin.rates.correct")}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="admin-form" noValidate onSubmit={submit} aria-labelledby="cpi-form-heading">
        <h3 id="cpi-form-heading">{t("admin.rates.cpiForm")}</h3>
        <p role="status" className="admin-notice">{notice}</p>
        <FormErrorSummary title={t("admin.rates.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
        <div className="admin-grid">
          <TextField id={fieldId("cpi", "year")} label={t("admin.rates.year")} inputMode="numeric" error={errorText(errors.year)} {...form.register("year")} />
          <TextField id={fieldId("cpi", "cpi")} label={t("admin.rates.cpi")} hint={t("admin.rates.cpiHint")} error={errorText(errors.cpi)} {...form.register("cpi")} />
        </div>
        <button type="submit" className="button" disabled={isSubmitting}>{t("admin.rates.save")}</button>
      </form>
    </section>
  );
}
