import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useSearchParams } from "react-router";
import { NewPassword } from "@shared/contracts/auth.ts";
import { z } from "zod";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import "./auth.css";

const FORM = "set-password";
const Values = z.object({ password: NewPassword });
type Values = z.infer<typeof Values>;

/**
 * "/reset-password" (a reset link, 1 hour) and "/set-password" (a new staff account's invitation, 7
 * days): the token comes from the link's query; the server checks it when the password is sent.
 */
export function SetPasswordPage({ mode }: { mode: "reset" | "setup" }) {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [done, setDone] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(Values), defaultValues: { password: "" } });
  // A refused link (field "token") has no input of its own: its message goes to the summary.
  const feedback = useFormFeedback(form, FORM, () => t("accountLifecycle.newPassword"));
  const { errors, isSubmitting } = form.formState;
  const send = useApiMutation((values: Values) => request("/api/auth/password-reset/complete", { method: "POST", json: { token, password: values.password } }), []);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await send.mutateAsync(values);
      setDone(true);
    } catch (error) {
      form.setValue("password", "");
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  const title = mode === "reset" ? t("accountLifecycle.resetTitle") : t("accountLifecycle.setupTitle");
  return (
    <div className="page page--narrow">
      <PageHeading title={title} />
      <p role="status" className={done ? "notice" : undefined}>{done ? t("accountLifecycle.passwordSet") : ""}</p>
      {done && <p><Link to="/sign-in" className="button">{t("account.signInLink")}</Link></p>}
      {!done && !token && <p className="notice notice--error">{t("accountLifecycle.missingToken")}</p>}
      {!done && token && (
        <>
          <p>{mode === "reset" ? t("accountLifecycle.resetIntro") : t("accountLifecycle.setupIntro")}</p>
          <FormErrorSummary title={t("account.formErrors")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
          <form className="account-form" noValidate onSubmit={onSubmit}>
            <TextField
              id={fieldId(FORM, "password")} label={t("accountLifecycle.newPassword")} type="password" autoComplete="new-password"
              hint={t("account.newPasswordHint")} error={errorText(errors.password)} {...form.register("password")}
            />
            <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? t("account.sending") : t("accountLifecycle.submitNewPassword")}</button>
          </form>
        </>
      )}
      {!done && <p className="account-form__alternative"><Link to="/forgot-password">{t("accountLifecycle.requestNewLink")}</Link></p>}
    </div>
  );
}

export const ResetPasswordPage = () => <SetPasswordPage mode="reset" />;
export const AccountSetupPage = () => <SetPasswordPage mode="setup" />;
