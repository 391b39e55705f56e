import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Link, useNavigate } from "react-router";
import { z } from "zod";
import { RecordedLease } from "@shared/contracts/leases.ts";
import { OrganisationPage } from "@shared/contracts/organisations.ts";
import { PremisesPage } from "@shared/contracts/premises.ts";
import { ChoiceGroup } from "@client/components/ui/choice-group.tsx";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiMutation, useApiQuery } from "@client/lib/api/queries.ts";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { LEASE_RESOURCES, changeLease } from "./requests.ts";
import "./leases.css";

/**
 * "/leases/new": an officer records a lease signed before this system (POST /api/leases with the
 * recorded form). Past dates are allowed; what is left empty takes the rate policy's defaults. The
 * draft it makes is then signed on its page like any other.
 */
export function RecordLeasePage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("leases.staffOnly")}>
      {() => <RecordLease />}
    </RequireSession>
  );
}

const TERMS = ["months", "endDate", "indefinite"] as const;
type Term = (typeof TERMS)[number];

interface Values {
  organisationId: string;
  premisesId: string;
  startDate: string;
  term: Term;
  months: string;
  endDate: string;
  rate: string;
  holidayDays: string;
  vatRate: string;
  depositMultiple: string;
  paymentDay: string;
  permittedUse: string;
  offsetShare: string;
  remainderAtEnd: "" | "refund" | "forfeit";
}

const FIELDS = ["organisationId", "premisesId", "startDate", "months", "endDate", "rate", "holidayDays", "vatRate", "depositMultiple", "paymentDay", "permittedUse", "offsetShare", "remainderAtEnd"] as const;
type Field = (typeof FIELDS)[number];
const label = (path: string) => ((FIELDS as readonly string[]).includes(path) ? t(`leases.record.${path as Field}`) : path);

/** A whole number as typed, or the text itself (so that the contract names what is wrong with it). */
const whole = (value: string) => (/^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : value.trim());

/** The request as the API takes it: empty optional fields are left out (the policy's defaults apply). */
function body(v: Values): Record<string, unknown> {
  const optional = (value: string, convert: (s: string) => unknown = (s) => s.trim()) => (value.trim() === "" ? undefined : convert(value));
  const out: Record<string, unknown> = {
    organisationId: v.organisationId, premisesId: v.premisesId, startDate: v.startDate, rate: v.rate.trim(),
    holidayDays: v.holidayDays.trim() === "" ? 0 : whole(v.holidayDays),
    months: v.term === "months" ? whole(v.months) : undefined,
    endDate: v.term === "endDate" ? v.endDate : v.term === "indefinite" ? null : undefined,
    vatRate: optional(v.vatRate), depositMultiple: optional(v.depositMultiple, whole), paymentDay: optional(v.paymentDay, whole),
    permittedUse: optional(v.permittedUse), offsetShare: optional(v.offsetShare), remainderAtEnd: v.remainderAtEnd || undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}

/** RecordedLease, as the API checks it, on the request the form makes. */
const Schema = z.preprocess((v: Values) => body(v), RecordedLease);

const FORM = "lease-record";

function RecordLease() {
  const navigate = useNavigate();
  const districtName = useDistrictName();
  const [search, setSearch] = useState("");
  const organisations = useApiQuery("/api/organisations?status=verified&pageSize=100", OrganisationPage);
  const query = new URLSearchParams({ status: "available,leased,under-renovation", pageSize: "50", sort: "code" });
  if (search.trim()) query.set("q", search.trim());
  const premises = useApiQuery(`/api/premises?${query.toString()}`, PremisesPage);
  const form = useForm<Values>({
    resolver: zodResolver(Schema, undefined, { raw: true }),
    defaultValues: {
      organisationId: "", premisesId: "", startDate: "", term: "months", months: "", endDate: "", rate: "", holidayDays: "0",
      vatRate: "", depositMultiple: "", paymentDay: "", permittedUse: "", offsetShare: "", remainderAtEnd: "",
    },
  });
  const feedback = useFormFeedback(form, FORM, label);
  const create = useApiMutation((values: Values) => changeLease("/api/leases", body(values)), LEASE_RESOURCES);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      const lease = await create.mutateAsync(values);
      void navigate(`/leases/${lease.id}`, { state: { notice: t("leases.record.done", { number: lease.number }) } });
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  const term = useWatch({ control: form.control, name: "term" });
  const text = (name: Exclude<Field, "organisationId" | "premisesId" | "remainderAtEnd">, extra: { type?: string; inputMode?: "decimal" | "numeric"; hint?: string } = {}) => (
    <TextField id={fieldId(FORM, name)} type={extra.type ?? "text"} label={label(name)} hint={extra.hint} inputMode={extra.inputMode} error={errorText(errors[name])} {...form.register(name)} />
  );
  const premisesOptions = (premises.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.inventoryCode} · ${p.street} ${p.buildingNo}${p.unitNo ? `/${p.unitNo}` : ""}, ${districtName(p.district)} · ${p.usableArea.replace(".", ",")} m²`,
  }));
  return (
    <div className="page lease-record-page">
      <p><Link to="/leases">{t("leases.detail.back")}</Link></p>
      <PageHeading title={t("leases.record.title")} />
      <p>{t("leases.record.intro")}</p>
      <form className="lease-form lease-form--wide" noValidate onSubmit={submit} aria-labelledby={`${FORM}-heading`}>
        <h2 id={`${FORM}-heading`} className="visually-hidden">{t("leases.record.title")}</h2>
        <FormErrorSummary title={t("leases.detail.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
        <fieldset>
          <legend>{t("leases.record.parties")}</legend>
          <SelectField id={fieldId(FORM, "organisationId")} label={label("organisationId")} error={errorText(errors.organisationId)}
            options={[{ value: "", label: t("leases.record.choose") }, ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name} (NIP ${o.nip})` }))]}
            {...form.register("organisationId")} />
          <TextField id={`${FORM}-search`} type="search" label={t("leases.record.search")} hint={t("leases.record.searchHint")} value={search} onChange={(e) => setSearch(e.target.value)} />
          <SelectField id={fieldId(FORM, "premisesId")} label={label("premisesId")} error={errorText(errors.premisesId)}
            hint={t("leases.record.premisesHint", { count: premises.data?.page.total ?? 0 })}
            options={[{ value: "", label: t("leases.record.choose") }, ...premisesOptions]} {...form.register("premisesId")} />
        </fieldset>
        <fieldset>
          <legend>{t("leases.record.termLegend")}</legend>
          {text("startDate", { type: "date" })}
          <ChoiceGroup type="radio" legend={t("leases.record.term")} choices={TERMS.map((value) => ({ value, label: t(`leases.record.termKind.${value}`) }))} registration={form.register("term")} />
          {term === "months" && text("months", { inputMode: "numeric" })}
          {term === "endDate" && text("endDate", { type: "date" })}
          {text("holidayDays", { inputMode: "numeric", hint: t("leases.record.holidayDaysHint") })}
        </fieldset>
        <fieldset>
          <legend>{t("leases.record.rentLegend")}</legend>
          {text("rate", { inputMode: "decimal", hint: t("leases.record.rateHint") })}
          {text("vatRate", { inputMode: "decimal", hint: t("leases.record.policyDefault") })}
          {text("depositMultiple", { inputMode: "numeric", hint: t("leases.record.policyDefault") })}
          {text("paymentDay", { inputMode: "numeric", hint: t("leases.record.policyDefault") })}
          {text("permittedUse", { hint: t("leases.record.permittedUseHint") })}
          {text("offsetShare", { inputMode: "decimal", hint: t("leases.record.policyDefault") })}
          <SelectField id={fieldId(FORM, "remainderAtEnd")} label={label("remainderAtEnd")} hint={t("leases.record.policyDefault")} error={errorText(errors.remainderAtEnd)}
            options={[{ value: "", label: t("leases.record.fromPolicy") }, { value: "refund", label: t("leases.remainder.refund") }, { value: "forfeit", label: t("leases.remainder.forfeit") }]}
            {...form.register("remainderAtEnd")} />
        </fieldset>
        <button type="submit" className="button" disabled={isSubmitting}>{t("leases.record.submit")}</button>
      </form>
    </div>
  );
}
