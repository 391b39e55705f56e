import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ChangePasswordRequest } from "@shared/contracts/auth.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { UnconfirmedEmailNotice } from "./unconfirmed-email-notice.tsx";
import "./auth.css";

const FORM = "change-password";
const LABELS: Record<string, () => string> = {
  currentPassword: () => t("accountLifecycle.currentPassword"), newPassword: () => t("accountLifecycle.newPassword"),
};

/** "/account": the signed-in user's address (confirmed or not, with the link sent again) and the password change. */
export function MyAccountPage() {
  return (
    <RequireSession roles={["applicant", "officer", "admin"]} otherRole="">
      {({ user }) => (
        <div className="page page--narrow">
          <PageHeading title={t("accountLifecycle.myAccountTitle")} />
          <p>{t("accountLifecycle.emailStatus", { email: user.email })}</p>
          {user.emailConfirmed ? <p>{t("accountLifecycle.emailConfirmed")}</p> : <UnconfirmedEmailNotice email={user.email} />}
          <ChangePasswordForm />
        </div>
      )}
    </RequireSession>
  );
}

function ChangePasswordForm() {
  const [done, setDone] = useState(false);
  const form = useForm<{ currentPassword: string; newPassword: string }, unknown, ChangePasswordRequest>({
    resolver: zodResolver(ChangePasswordRequest), defaultValues: { currentPassword: "", newPassword: "" },
  });
  const feedback = useFormFeedback(form, FORM, (path) => LABELS[path]?.() ?? path);
  const { errors, isSubmitting } = form.formState;
  const change = useApiMutation((values: ChangePasswordRequest) => request("/api/auth/password", { method: "POST", json: values }), []);

  const onSubmit = form.handleSubmit(async (values) => {
    setDone(false);
    try {
      await change.mutateAsync(values);
      form.reset();
      setDone(true);
    } catch (error) {
      form.setValue("currentPassword", "");
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  return (
    <section aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t("accountLifecycle.changeTitle")}</h2>
      <p>{t("accountLifecycle.changeIntro")}</p>
      <p role="status" className={done ? "notice" : undefined}>{done ? t("accountLifecycle.changed") : ""}</p>
      <FormErrorSummary title={t("account.formErrors")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <form className="account-form" noValidate onSubmit={onSubmit}>
        <TextField
          id={fieldId(FORM, "currentPassword")} label={t("accountLifecycle.currentPassword")} type="password" autoComplete="current-password"
          error={errorText(errors.currentPassword)} {...form.register("currentPassword")}
        />
        <TextField
          id={fieldId(FORM, "newPassword")} label={t("accountLifecycle.newPassword")} type="password" autoComplete="new-password"
          hint={t("account.newPasswordHint")} error={errorText(errors.newPassword)} {...form.register("newPassword")}
        />
        <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? t("account.sending") : t("accountLifecycle.submitChange")}</button>
      </form>
    </section>
  );
}
