import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { AddMember, Invitation, type OrganisationDetail } from "@shared/contracts/organisations.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { request } from "@client/lib/api/request.ts";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { ORGANISATION_RESOURCES } from "./requests.ts";

const FORM = "member";

interface MembersSectionProps {
  organisation: OrganisationDetail;
  /** Representatives may invite others; staff only see them. */
  canAdd: boolean;
}

export function MembersSection({ organisation, canAdd }: MembersSectionProps) {
  const form = useForm<{ email: string }, unknown, AddMember>({ resolver: zodResolver(AddMember), defaultValues: { email: "" } });
  const feedback = useFormFeedback(form, FORM, () => t("organisation.members.email"));
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useApiMutation(
    (values: AddMember) => request(`/api/organisations/${organisation.id}/members`, { method: "POST", json: values, schema: Invitation }),
    ORGANISATION_RESOURCES,
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setInvited(null);
    try {
      const invitation = await invite.mutateAsync(values);
      setInvited(invitation.email);
      form.reset({ email: "" });
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  return (
    <section className="members" aria-labelledby="members-heading">
      <h2 id="members-heading">{t("organisation.members.heading")}</h2>
      <ul>
        {organisation.members.map((m) => <li key={m.id}>{m.name} ({m.email})</li>)}
      </ul>
      <p role="status">{invited && t("organisation.members.invited", { email: invited })}</p>
      {canAdd && (
        <form className="members__form" noValidate onSubmit={onSubmit}>
          <FormErrorSummary title={t("account.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
          <TextField
            id={fieldId(FORM, "email")} type="email" label={t("organisation.members.email")} hint={t("organisation.members.hint")}
            error={errorText(form.formState.errors.email)} {...form.register("email")}
          />
          <button type="submit" className="button button--secondary" disabled={form.formState.isSubmitting}>{t("organisation.members.add")}</button>
        </form>
      )}
    </section>
  );
}
