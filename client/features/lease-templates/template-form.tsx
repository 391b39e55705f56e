import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useFieldArray, useForm, useWatch, type Control, type FieldError, type UseFormReturn } from "react-hook-form";
import { LEASE_PLACEHOLDERS, type LeaseTemplate, type LeaseTemplateClauses, LeaseTemplateCreate } from "@shared/contracts/lease-templates.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { TEMPLATES_URL, addTemplateVersion } from "./requests.ts";

type Values = LeaseTemplateClauses;

const FORM = "template";

/** "sections.0.paragraphs.1" → "§ 1 ust. 2", for the error summary. */
function labelOf(path: string): string {
  const paragraph = /^sections\.(\d+)\.paragraphs\.(\d+)$/.exec(path);
  if (paragraph) return t("leaseTemplates.paragraph", { n: Number(paragraph[1]) + 1, m: Number(paragraph[2]) + 1 });
  const section = /^sections\.(\d+)(?:\.(heading|paragraphs))?/.exec(path);
  if (section?.[2] === "heading") return t("leaseTemplates.heading", { n: Number(section[1]) + 1 });
  if (section) return t("leaseTemplates.sectionN", { n: Number(section[1]) + 1 });
  return t("leaseTemplates.sections");
}

const emptySection = () => ({ heading: "", paragraphs: [""] });

/**
 * A new version of the template: sections of a heading and paragraphs (LeaseTemplateCreate, as the API
 * checks it; an unknown {{placeholder}} is marked at its paragraph), beside the allowed placeholders.
 */
export function TemplateForm({ initial, onAdded }: { initial: LeaseTemplateClauses | undefined; onAdded: (added: LeaseTemplate) => void }) {
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(LeaseTemplateCreate),
    defaultValues: initial ?? { sections: [emptySection()] },
  });
  const sections = useFieldArray({ control: form.control, name: "sections" });
  const feedback = useFormFeedback(form, FORM, labelOf);
  const add = useApiMutation(addTemplateVersion, [TEMPLATES_URL, "/api/audit"]);
  const submit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      onAdded(await add.mutateAsync(values));
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  return (
    <div className="template-editor">
      <form className="template-form" noValidate onSubmit={submit} aria-labelledby="template-add-heading">
        <p>{t("leaseTemplates.addIntro")}</p>
        <FormErrorSummary title={t("leaseTemplates.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
        <div id={fieldId(FORM, "sections")}>
          {sections.fields.map((section, i) => (
            <fieldset key={section.id} id={fieldId(FORM, `sections.${i}`)}>
              <legend>{t("leaseTemplates.sectionN", { n: i + 1 })}</legend>
              <TextField id={fieldId(FORM, `sections.${i}.heading`)} label={labelOf(`sections.${i}.heading`)}
                error={errorText(errors.sections?.[i]?.heading)} {...form.register(`sections.${i}.heading`)} />
              <Paragraphs form={form} control={form.control} section={i} />
              {sections.fields.length > 1 && (
                <button type="button" className="button button--secondary" onClick={() => sections.remove(i)}>
                  {t("leaseTemplates.removeSection", { n: i + 1 })}
                </button>
              )}
            </fieldset>
          ))}
        </div>
        <div className="template-buttons">
          <button type="button" className="button button--secondary" onClick={() => sections.append(emptySection())}>{t("leaseTemplates.addSection")}</button>
          <button type="submit" className="button" disabled={isSubmitting}>{t("leaseTemplates.submit")}</button>
        </div>
      </form>
      <Placeholders />
    </div>
  );
}

/** A section's paragraphs, each a textarea (controlled: removing one in the middle moves the rest up). */
function Paragraphs({ form, control, section }: { form: UseFormReturn<Values, unknown, Values>; control: Control<Values, unknown, Values>; section: number }) {
  const paragraphs = useWatch({ control, name: `sections.${section}.paragraphs` }) ?? [];
  const set = (next: string[]) => form.setValue(`sections.${section}.paragraphs`, next, { shouldDirty: true });
  const n = section + 1;
  const listError = form.formState.errors.sections?.[section]?.paragraphs;
  return (
    <div id={fieldId(FORM, `sections.${section}.paragraphs`)}>
      {listError?.message && <p className="field__error">{errorText(listError as FieldError)}</p>}
      {paragraphs.map((_, j) => (
        <div key={j} className="template-paragraph">
          <Controller control={control} name={`sections.${section}.paragraphs.${j}`} render={({ field, fieldState }) => (
            <TextareaField id={fieldId(FORM, `sections.${section}.paragraphs.${j}`)} label={t("leaseTemplates.paragraph", { n, m: j + 1 })}
              error={errorText(fieldState.error)} {...field} />
          )} />
          {paragraphs.length > 1 && (
            <button type="button" className="button button--secondary" onClick={() => set(paragraphs.filter((__, k) => k !== j))}>
              {t("leaseTemplates.removeParagraph", { n, m: j + 1 })}
            </button>
          )}
        </div>
      ))}
      <div className="template-buttons">
        <button type="button" className="button button--secondary" onClick={() => set([...paragraphs, ""])}>{t("leaseTemplates.addParagraph", { n })}</button>
      </div>
    </div>
  );
}

/** The placeholders a template may use, with what each is filled with (shared/contracts/lease-templates.ts). */
function Placeholders() {
  return (
    <aside className="template-placeholders" aria-labelledby="placeholders-heading">
      <h3 id="placeholders-heading">{t("leaseTemplates.placeholders")}</h3>
      <p>{t("leaseTemplates.placeholdersIntro", { example: "{{tenant.name}}" })}</p>
      <table className="template-table">
        <caption className="visually-hidden">{t("leaseTemplates.placeholderCaption")}</caption>
        <thead>
          <tr><th scope="col">{t("leaseTemplates.placeholderName")}</th><th scope="col">{t("leaseTemplates.placeholderMeaning")}</th></tr>
        </thead>
        <tbody>
          {Object.entries(LEASE_PLACEHOLDERS).map(([name, meaning]) => (
            <tr key={name}><th scope="row"><code>{`{{${name}}}`}</code></th><td>{meaning}</td></tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
