import { useEffect } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import {
  LEGAL_FORMS, type OrganisationDetail, REINTEGRATION_TYPES, type OrganisationInput,
} from "@shared/contracts/organisations.ts";
import { CheckboxField } from "@client/components/ui/checkbox-field.tsx";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { changeOrganisation, ORGANISATION_RESOURCES } from "./requests.ts";
import { legalFormLabel, organisationFieldLabel, reintegrationLabel } from "./labels.ts";
import { EMPTY_ORGANISATION, organisationResolver, valuesOf, type OrganisationValues } from "./organisation-values.ts";

const FORM = "org";
type TextPath = "name" | "krs" | "nip" | "regon" | "street" | "postalCode" | "city" | "email" | "phone" | "socialEnterpriseSince";
const id = (path: string) => fieldId(FORM, path);

interface OrganisationFormProps {
  /** The organisation being edited; none: a new one is registered. */
  organisation?: OrganisationDetail;
  submitLabel: string;
  onSaved: (organisation: OrganisationDetail) => void;
}

/** Registers or changes an organisation; errors from the client's checks and the server's show at their fields. */
export function OrganisationForm({ organisation, submitLabel, onSaved }: OrganisationFormProps) {
  const form = useForm<OrganisationValues, unknown, OrganisationInput>({
    resolver: organisationResolver,
    defaultValues: organisation ? valuesOf(organisation) : EMPTY_ORGANISATION,
  });
  const { register, formState: { errors, isSubmitting } } = form;
  const aid = useFieldArray({ control: form.control, name: "declaredAid" });
  const feedback = useFormFeedback(form, FORM, (path) => organisationFieldLabel(path) ?? path);
  const socialEnterprise = useWatch({ control: form.control, name: "socialEnterprise" });

  useEffect(() => {
    if (organisation) form.reset(valuesOf(organisation));
  }, [form, organisation]);

  useEffect(() => {
    if (!socialEnterprise) form.setValue("socialEnterpriseSince", "");
  }, [form, socialEnterprise]);

  const save = useApiMutation((values: OrganisationValues) => (organisation
    ? changeOrganisation("PATCH", `/api/organisations/${organisation.id}`, values)
    : changeOrganisation("POST", "/api/organisations", values)), ORGANISATION_RESOURCES);

  const onSubmit = form.handleSubmit(async () => {
    feedback.clear();
    try {
      const saved = await save.mutateAsync(form.getValues());
      onSaved(saved);
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  const text = (path: TextPath, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={id(path)} label={t(`organisation.fields.${path}`)} error={errorText(errors[path])} {...props} {...register(path)} />
  );

  return (
    <form className="organisation-form" noValidate onSubmit={onSubmit}>
      <FormErrorSummary title={t("account.formErrors")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <fieldset className="form-section">
        <legend>{t("organisation.sections.identity")}</legend>
        {text("name", { autoComplete: "organization" })}
        <SelectField
          id={id("legalForm")} label={t("organisation.fields.legalForm")} error={errorText(errors.legalForm)}
          options={LEGAL_FORMS.map((f) => ({ value: f, label: legalFormLabel(f) }))} {...register("legalForm")}
        />
        <div className="field-row field-row--three">
          {text("krs", { hint: t("organisation.fields.krsHint"), inputMode: "numeric" })}
          {text("nip", { hint: t("organisation.fields.nipHint"), inputMode: "numeric" })}
          {text("regon", { hint: t("organisation.fields.regonHint"), inputMode: "numeric" })}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("organisation.sections.contact")}</legend>
        {text("street", { autoComplete: "street-address" })}
        <div className="field-row">
          {text("postalCode", { autoComplete: "postal-code", inputMode: "numeric" })}
          {text("city", { autoComplete: "address-level2" })}
        </div>
        <div className="field-row">
          {text("email", { type: "email", autoComplete: "email" })}
          {text("phone", { type: "tel", autoComplete: "tel" })}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("organisation.sections.statuses")}</legend>
        <CheckboxField id={id("socialEnterprise")} label={t("organisation.fields.socialEnterprise")} hint={t("organisation.fields.socialEnterpriseHint")} {...register("socialEnterprise")} />
        {socialEnterprise && text("socialEnterpriseSince", { type: "date", className: "field--indented" })}
        <CheckboxField id={id("publicBenefit")} label={t("organisation.fields.publicBenefit")} {...register("publicBenefit")} />
        <CheckboxField id={id("economicActivity")} label={t("organisation.fields.economicActivity")} hint={t("organisation.fields.economicActivityHint")} {...register("economicActivity")} />
        <SelectField
          id={id("reintegrationType")} label={t("organisation.fields.reintegrationType")} error={errorText(errors.reintegrationType)}
          options={[{ value: "", label: reintegrationLabel(null) }, ...REINTEGRATION_TYPES.map((r) => ({ value: r, label: reintegrationLabel(r) }))]}
          {...register("reintegrationType")}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("organisation.sections.aid")}</legend>
        <p className="field__hint">{t("organisation.aid.intro")}</p>
        {aid.fields.length === 0 && <p>{t("organisation.aid.none")}</p>}
        {aid.fields.map((entry, index) => {
          const entryErrors = errors.declaredAid?.[index];
          const path = (name: string) => `declaredAid.${index}.${name}`;
          return (
            <fieldset key={entry.id} className="aid-entry">
              <legend>{t("organisation.aid.entry", { n: index + 1 })}</legend>
              <div className="field-row field-row--three">
                <TextField id={id(path("grantor"))} label={t("organisation.aid.grantor")} error={errorText(entryErrors?.grantor)} {...register(`declaredAid.${index}.grantor`)} />
                <TextField id={id(path("grantedOn"))} label={t("organisation.aid.grantedOn")} type="date" error={errorText(entryErrors?.grantedOn)} {...register(`declaredAid.${index}.grantedOn`)} />
                <TextField id={id(path("amountEur"))} label={t("organisation.aid.amountEur")} inputMode="decimal" suffix="EUR" error={errorText(entryErrors?.amountEur)} {...register(`declaredAid.${index}.amountEur`)} />
              </div>
              <button type="button" className="button button--secondary" onClick={() => aid.remove(index)}>{t("organisation.aid.remove", { n: index + 1 })}</button>
            </fieldset>
          );
        })}
        <button type="button" className="button button--secondary" onClick={() => aid.append({ grantor: "", grantedOn: "", amountEur: "" })}>
          {t("organisation.aid.add")}
        </button>
      </fieldset>

      <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? t("account.sending") : submitLabel}</button>
    </form>
  );
}
