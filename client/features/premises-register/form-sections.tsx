import { lazy, Suspense } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { CONDITIONS, HEATING, STATUSES, TOILETS, USES } from "@shared/contracts/premises.ts";
import type { PremisesWrite } from "@shared/contracts/premises-register.ts";
import { accessibilityLevel } from "@shared/domain/accessibility.ts";
import { CheckboxField } from "@client/components/ui/checkbox-field.tsx";
import { ChoiceGroup } from "@client/components/ui/choice-group.tsx";
import { LevelLabel } from "@client/components/ui/level-label.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { useConfig } from "@client/lib/config/client-config.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId } from "@client/lib/forms/use-form-feedback.ts";
import { t, type MessageKey } from "@client/lib/i18n/index.ts";
import type { FormValues } from "./form-values.ts";

// Leaflet comes with the picker, only when a form is opened.
const LocationPicker = lazy(() => import("./location-picker.tsx").then((m) => ({ default: m.LocationPicker })));

export const FORM = "premises";
type Form = UseFormReturn<FormValues, unknown, PremisesWrite>;
type Field = keyof FormValues | `utilities.${keyof FormValues["utilities"]}` | `accessibility.${keyof FormValues["accessibility"]}`;

export const fieldLabel = (path: string): string => t(`premisesRegister.fields.${path.split(".").pop()}` as MessageKey);

function errorAt(form: Form, path: string): string | undefined {
  const error = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form.formState.errors);
  return errorText(error as Parameters<typeof errorText>[0]);
}

function Text({ form, name, hint, suffix, ...rest }: { form: Form; name: Field; hint?: string; suffix?: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "form" | "name">) {
  return <TextField id={fieldId(FORM, name)} label={fieldLabel(name)} hint={hint} suffix={suffix} error={errorAt(form, name)} {...rest} {...form.register(name)} />;
}

function Check({ form, name }: { form: Form; name: Field }) {
  return <CheckboxField id={fieldId(FORM, name)} label={fieldLabel(name)} {...form.register(name)} />;
}

function Select({ form, name, options }: { form: Form; name: Field; options: { value: string; label: string }[] }) {
  return <SelectField id={fieldId(FORM, name)} label={fieldLabel(name)} error={errorAt(form, name)} options={[{ value: "", label: t("premisesRegister.form.choose") }, ...options]} {...form.register(name)} />;
}

const words = <T extends string>(ids: readonly T[], prefix: string) => ids.map((id) => ({ value: id, label: t(`${prefix}.${id}` as MessageKey) }));
const number = (s: string) => (/^-?\d+([.,]\d+)?$/.test(s.trim()) ? Number(s.trim().replace(",", ".")) : null);

export function IdentitySection({ form }: { form: Form }) {
  const { districts } = useConfig();
  const [lat, lng] = useWatch({ control: form.control, name: ["lat", "lng"] });
  const onPick = (la: number, ln: number) => {
    const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
    form.setValue("lat", String(la).replace(".", ","), options);
    form.setValue("lng", String(ln).replace(".", ","), options);
  };
  return (
    <fieldset className="register-form__section">
      <legend>{t("premisesRegister.sections.identity")}</legend>
      <Text form={form} name="inventoryCode" autoComplete="off" />
      <div className="register-form__row">
        <Text form={form} name="street" />
        <Text form={form} name="buildingNo" />
        <Text form={form} name="unitNo" />
      </div>
      <div className="register-form__row">
        <Text form={form} name="postalCode" inputMode="numeric" placeholder="31-019" />
        <Select form={form} name="district" options={districts.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))} />
      </div>
      <h3>{t("premisesRegister.location")}</h3>
      <p className="field__hint">{t("premisesRegister.locationHint")}</p>
      <Suspense fallback={<div className="location-picker" />}>
        <LocationPicker lat={number(lat)} lng={number(lng)} onPick={onPick} />
      </Suspense>
      <div className="register-form__row">
        <Text form={form} name="lat" inputMode="decimal" placeholder="50,0614" />
        <Text form={form} name="lng" inputMode="decimal" placeholder="19,9372" />
      </div>
    </fieldset>
  );
}

export function UnitSection({ form }: { form: Form }) {
  const usesError = errorAt(form, "allowedUses");
  return (
    <fieldset className="register-form__section">
      <legend>{t("premisesRegister.sections.unit")}</legend>
      <div className="register-form__row">
        <Text form={form} name="usableArea" inputMode="decimal" suffix="m²" />
        <Text form={form} name="floor" inputMode="numeric" hint={t("premisesRegister.fields.floorHint")} />
        <Text form={form} name="rooms" inputMode="numeric" />
      </div>
      <Check form={form} name="separateEntrance" />
      <Check form={form} name="shopWindow" />
      <div id={fieldId(FORM, "allowedUses")} tabIndex={-1} className={usesError ? "field--error" : undefined}>
        {usesError && <p className="field__error">{usesError}</p>}
        <ChoiceGroup type="checkbox" legend={fieldLabel("allowedUses")} choices={words(USES, "use")} registration={form.register("allowedUses")} />
      </div>
    </fieldset>
  );
}

export function ConditionSection({ form }: { form: Form }) {
  return (
    <fieldset className="register-form__section">
      <legend>{t("premisesRegister.sections.condition")}</legend>
      <div className="register-form__row">
        <Select form={form} name="condition" options={words(CONDITIONS, "condition")} />
        <Text form={form} name="lastInspection" type="date" />
      </div>
      <TextareaField id={fieldId(FORM, "worksNeeded")} label={fieldLabel("worksNeeded")} error={errorAt(form, "worksNeeded")} {...form.register("worksNeeded")} />
      <Text form={form} name="worksCost" inputMode="decimal" suffix="zł" />
      <Check form={form} name="heritage" />
    </fieldset>
  );
}

export function UtilitiesSection({ form }: { form: Form }) {
  return (
    <fieldset className="register-form__section">
      <legend>{t("premisesRegister.sections.utilities")}</legend>
      <Check form={form} name="utilities.electricity" />
      <Check form={form} name="utilities.water" />
      <Check form={form} name="utilities.sewage" />
      <Check form={form} name="utilities.gas" />
      <div className="register-form__row">
        <Select form={form} name="utilities.heating" options={words(HEATING, "heating")} />
        <Select form={form} name="utilities.toilet" options={words(TOILETS, "toilet")} />
      </div>
    </fieldset>
  );
}

export function AccessibilitySection({ form }: { form: Form }) {
  const [floorText, a] = useWatch({ control: form.control, name: ["floor", "accessibility"] });
  const floor = Number.parseInt(floorText, 10) || 0;
  const door = Number.parseInt(a.doorWidthCm, 10);
  const level = accessibilityLevel({ floor, ...a, doorWidthCm: Number.isNaN(door) ? null : door });
  const note = floor === 0 && a.lift ? "premisesRegister.liftIgnored" : floor !== 0 && !a.lift && (a.stepFreeEntrance || a.ramp) ? "premisesRegister.liftMissing" : null;
  return (
    <fieldset className="register-form__section">
      <legend>{t("premisesRegister.sections.accessibility")}</legend>
      <Check form={form} name="accessibility.stepFreeEntrance" />
      <Check form={form} name="accessibility.ramp" />
      <Check form={form} name="accessibility.lift" />
      <Text form={form} name="accessibility.doorWidthCm" inputMode="numeric" suffix="cm" />
      <Check form={form} name="accessibility.levelFloor" />
      <Check form={form} name="accessibility.accessibleToilet" />
      <Check form={form} name="accessibility.disabledParking" />
      <Check form={form} name="accessibility.contrastMarkings" />
      <Check form={form} name="accessibility.inductionLoop" />
      <p className="register-form__level" aria-live="polite">
        {t("premisesRegister.level")} <LevelLabel level={level} long />
        {note && <><br /><span className="field__hint">{t(note)}</span></>}
      </p>
    </fieldset>
  );
}

export function RentSection({ form }: { form: Form }) {
  return (
    <fieldset className="register-form__section">
      <legend>{t("premisesRegister.sections.rent")}</legend>
      <div className="register-form__row">
        <Text form={form} name="baseRent" inputMode="decimal" suffix="zł/m²" />
        <Select form={form} name="status" options={words(STATUSES, "status")} />
        <Text form={form} name="availableFrom" type="date" />
      </div>
      <Check form={form} name="socialPool" />
      <TextareaField id={fieldId(FORM, "description")} label={fieldLabel("description")} error={errorAt(form, "description")} {...form.register("description")} />
    </fieldset>
  );
}
