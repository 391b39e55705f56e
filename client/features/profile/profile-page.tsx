import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Profile, ProfileUpdate } from "@shared/contracts/profile.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiMutation, useApiResource } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

const URL = "/api/me/profile";
const FORM = "profile";
const LABELS: Record<string, () => string> = { name: () => t("profile.name"), position: () => t("profile.position") };

/** "/profile": the signed-in user's own full name and position, printed on the decisions they sign. */
export function ProfilePage() {
  return (
    <RequireSession roles={["applicant", "officer", "admin"]} otherRole="">
      {() => <ProfileEditor />}
    </RequireSession>
  );
}

function ProfileEditor() {
  const { data: profile, error, refetch, replace } = useApiResource(URL, Profile);
  if (error) return <div className="page page--narrow"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!profile) return <LoadingState />;
  return <ProfileForm profile={profile} onSaved={replace} />;
}

type Values = z.input<typeof ProfileUpdate>;

function ProfileForm({ profile, onSaved }: { profile: Profile; onSaved: (profile: Profile) => void }) {
  const { refresh } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<Values, unknown, ProfileUpdate>({ resolver: zodResolver(ProfileUpdate), defaultValues: { name: profile.name, position: profile.position } });
  const feedback = useFormFeedback(form, FORM, (path) => LABELS[path]?.() ?? path);
  const { errors, isSubmitting } = form.formState;
  const save = useApiMutation((values: ProfileUpdate) => request(URL, { method: "PATCH", json: values, schema: Profile }), [URL]);
  const staff = profile.role !== "applicant";

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    try {
      const saved = await save.mutateAsync(values);
      onSaved(saved);
      form.reset({ name: saved.name, position: saved.position });
      setNotice(t("profile.saved"));
      void refresh();
    } catch (failure) {
      feedback.onFailure(failure);
    }
  }, feedback.onInvalid);

  return (
    <div className="page page--narrow">
      <PageHeading title={t("profile.title")} />
      <p>{staff ? t("profile.introStaff") : t("profile.intro")}</p>
      <p>{t("profile.email", { email: profile.email })}</p>
      <p role="status" className="status-message">{notice}</p>
      <FormErrorSummary title={t("profile.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <form className="account-form" noValidate onSubmit={onSubmit}>
        <TextField id={fieldId(FORM, "name")} label={t("profile.name")} autoComplete="name" error={errorText(errors.name)} {...form.register("name")} />
        <TextField
          id={fieldId(FORM, "position")} label={t("profile.position")} hint={staff ? t("profile.positionHint") : undefined}
          autoComplete="organization-title" error={errorText(errors.position)} {...form.register("position")}
        />
        <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? t("profile.saving") : t("profile.save")}</button>
      </form>
    </div>
  );
}
