import { zodResolver } from "@hookform/resolvers/zod";
import { useRef } from "react";
import { useFieldArray, useForm, type Resolver } from "react-hook-form";
import { type ApplicationDetail, type ApplicationInput, withRequestedStartNotPast } from "@shared/contracts/applications.ts";
import type { PremisesDetail, Use } from "@shared/contracts/premises.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { RENOVATION_CONDITIONS } from "@shared/domain/rate-policy.ts";
import { CheckboxField } from "@client/components/ui/checkbox-field.tsx";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";
import { UnconfirmedEmailNotice } from "@client/features/auth/index.ts";
import { applicationFieldLabel, purposeLabel } from "./labels.ts";
import { APPLICATION_RESOURCES, changeApplication } from "./requests.ts";

const FORM = "application";
const id = (path: string) => fieldId(FORM, path);

/** What the form holds: text as typed (numbers as numbers), sent as is; the server parses it too. */
interface ApplicationValues {
  organisationId: string;
  premisesId: string;
  intendedUse: Use;
  activity: string;
  socialPurpose: string;
  employees: number;
  employeesAtRisk: number;
  requestedStart: string;
  requestedMonths: number;
  tenantWillRenovate: boolean;
  fitOut: { description: string; cost: string }[];
  accessibilityNeeds: string;
}

// The start may not be before today in Kraków (the server checks the same rule with its clock).
const resolver = zodResolver(withRequestedStartNotPast(() => toIsoDate(new Date()))) as unknown as Resolver<ApplicationValues, unknown, ApplicationInput>;

function valuesOf(premises: PremisesDetail, organisationId: string, a?: ApplicationDetail): ApplicationValues {
  if (a) {
    return {
      organisationId: a.organisation.id, premisesId: a.premises.id, intendedUse: a.intendedUse, activity: a.activity,
      socialPurpose: a.socialPurpose, employees: a.employees, employeesAtRisk: a.employeesAtRisk, requestedStart: a.requestedStart,
      requestedMonths: a.requestedMonths, tenantWillRenovate: a.tenantWillRenovate,
      fitOut: a.fitOut.map((f) => ({ description: f.description, cost: f.cost.replace(".", ",") })), accessibilityNeeds: a.accessibilityNeeds,
    };
  }
  return {
    organisationId, premisesId: premises.id, intendedUse: premises.allowedUses[0] ?? "office", activity: "", socialPurpose: "",
    employees: 0, employeesAtRisk: 0, requestedStart: startFrom(premises.availableFrom), requestedMonths: 36,
    tenantWillRenovate: false, fitOut: [], accessibilityNeeds: "",
  };
}

/** The premises' availability date, or today when that has passed: a lease cannot start in the past. */
function startFrom(availableFrom: string | null): string {
  const today = toIsoDate(new Date());
  return availableFrom && availableFrom > today ? availableFrom : today;
}

interface ApplicationFormProps {
  premises: PremisesDetail;
  organisations: { id: string; name: string }[];
  /** A draft being changed; none: a new application. */
  application?: ApplicationDetail;
  onDone: (application: ApplicationDetail, submitted: boolean) => void;
}

/** Drafts, changes and submits an application; errors of the shared schema and the server's show at their fields. */
export function ApplicationForm({ premises, organisations, application, onDone }: ApplicationFormProps) {
  const form = useForm<ApplicationValues, unknown, ApplicationInput>({
    resolver, defaultValues: valuesOf(premises, organisations[0]?.id ?? "", application),
  });
  const { register, formState: { errors, isSubmitting } } = form;
  const fitOut = useFieldArray({ control: form.control, name: "fitOut" });
  const feedback = useFormFeedback(form, FORM, applicationFieldLabel);
  // Once saved, further attempts change the same draft instead of making a second one.
  const savedId = useRef<string | undefined>(application?.id);
  const canRenovate = RENOVATION_CONDITIONS.includes(premises.condition);
  // An applicant who has not confirmed the e-mail address prepares the draft but cannot submit it yet.
  const user = useSession().session?.user;
  const send = useApiMutation(async ({ values, submit }: { values: ApplicationValues; submit: boolean }) => {
    let saved = savedId.current
      ? await changeApplication("PUT", `/api/applications/${savedId.current}`, values)
      : await changeApplication("POST", "/api/applications", values);
    savedId.current = saved.id;
    if (submit) saved = await changeApplication("POST", `/api/applications/${saved.id}/submit`);
    return saved;
  }, APPLICATION_RESOURCES);

  const save = (submit: boolean) => form.handleSubmit(async () => {
    feedback.clear();
    try {
      onDone(await send.mutateAsync({ values: form.getValues(), submit }), submit);
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  const number = (path: "employees" | "employeesAtRisk" | "requestedMonths") => (
    <TextField
      id={id(path)} label={t(`applications.form.${path}`)} type="number" min={0} inputMode="numeric"
      error={errorText(errors[path])} {...register(path, { valueAsNumber: true })}
    />
  );

  return (
    <form className="application-form" noValidate onSubmit={save(true)}>
      {user && !user.emailConfirmed && <UnconfirmedEmailNotice email={user.email} />}
      <FormErrorSummary title={t("applications.form.errors")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <fieldset className="form-block">
        <legend>{t("applications.form.sections.who")}</legend>
        {application || organisations.length === 1 ? (
          <p id={id("organisationId")}>{t("applications.form.organisationId")}: <strong>{application?.organisation.name ?? organisations[0]?.name}</strong></p>
        ) : (
          <SelectField
            id={id("organisationId")} label={t("applications.form.organisationId")} error={errorText(errors.organisationId)}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))} {...register("organisationId")}
          />
        )}
      </fieldset>
      <fieldset className="form-block">
        <legend>{t("applications.form.sections.activity")}</legend>
        <SelectField
          id={id("intendedUse")} label={t("applications.form.intendedUse")} error={errorText(errors.intendedUse)}
          options={premises.allowedUses.map((u) => ({ value: u, label: purposeLabel(u) }))} {...register("intendedUse")}
        />
        <TextareaField id={id("activity")} label={t("applications.form.activity")} error={errorText(errors.activity)} {...register("activity")} />
        <TextareaField id={id("socialPurpose")} label={t("applications.form.socialPurpose")} error={errorText(errors.socialPurpose)} {...register("socialPurpose")} />
      </fieldset>
      <fieldset className="form-block">
        <legend>{t("applications.form.sections.people")}</legend>
        <div className="field-row">{number("employees")}{number("employeesAtRisk")}</div>
      </fieldset>
      <fieldset className="form-block">
        <legend>{t("applications.form.sections.lease")}</legend>
        <div className="field-row">
          <TextField id={id("requestedStart")} label={t("applications.form.requestedStart")} type="date" error={errorText(errors.requestedStart)} {...register("requestedStart")} />
          {number("requestedMonths")}
        </div>
        {canRenovate && <CheckboxField id={id("tenantWillRenovate")} label={t("applications.form.tenantWillRenovate")} {...register("tenantWillRenovate")} />}
      </fieldset>
      <fieldset className="form-block">
        <legend>{t("applications.form.sections.fitOut")}</legend>
        <p className="field__hint">{t("applications.form.fitOutIntro")}</p>
        {fitOut.fields.length === 0 && <p>{t("applications.form.fitOutNone")}</p>}
        {fitOut.fields.map((entry, index) => {
          const entryErrors = errors.fitOut?.[index];
          return (
            <fieldset key={entry.id} className="fit-out-entry">
              <legend>{t("applications.form.fitOutItem", { n: index + 1 })}</legend>
              <div className="field-row">
                <TextField id={id(`fitOut.${index}.description`)} label={t("applications.form.fitOutDescription")} error={errorText(entryErrors?.description)} {...register(`fitOut.${index}.description`)} />
                <TextField id={id(`fitOut.${index}.cost`)} label={t("applications.form.fitOutCost")} inputMode="decimal" suffix="zł" error={errorText(entryErrors?.cost)} {...register(`fitOut.${index}.cost`)} />
              </div>
              <button type="button" className="button button--secondary" onClick={() => fitOut.remove(index)}>{t("applications.form.fitOutRemove", { n: index + 1 })}</button>
            </fieldset>
          );
        })}
        <button type="button" className="button button--secondary" onClick={() => fitOut.append({ description: "", cost: "" })}>{t("applications.form.fitOutAdd")}</button>
      </fieldset>
      <fieldset className="form-block">
        <legend>{t("applications.form.sections.access")}</legend>
        <TextareaField id={id("accessibilityNeeds")} label={t("applications.form.accessibilityNeeds")} hint={t("applications.form.accessibilityHint")} error={errorText(errors.accessibilityNeeds)} {...register("accessibilityNeeds")} />
      </fieldset>
      <div className="application-actions">
        <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? t("applications.form.sending") : t("applications.form.submit")}</button>
        <button type="button" className="button button--secondary" disabled={isSubmitting} onClick={() => void save(false)()}>{t("applications.form.saveDraft")}</button>
      </div>
    </form>
  );
}
