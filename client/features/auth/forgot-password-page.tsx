import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { PasswordResetRequest } from "@shared/contracts/auth.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import "./auth.css";

const FORM = "forgot";

/** "/forgot-password": a reset link is asked for; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<{ email: string }, unknown, PasswordResetRequest>({ resolver: zodResolver(PasswordResetRequest), defaultValues: { email: "" } });
  const feedback = useFormFeedback(form, FORM, () => t("account.email"));
  const { errors, isSubmitting } = form.formState;
  const send = useApiMutation((values: PasswordResetRequest) => request("/api/auth/password-reset", { method: "POST", json: values }), []);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await send.mutateAsync(values);
      setSentTo(values.email);
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  return (
    <div className="page page--narrow">
      <PageHeading title={t("accountLifecycle.forgotTitle")} />
      <p role="status" className={sentTo ? "notice" : undefined}>{sentTo ? t("accountLifecycle.forgotSent", { email: sentTo }) : ""}</p>
      {!sentTo && (
        <>
          <p>{t("accountLifecycle.forgotIntro")}</p>
          <FormErrorSummary title={t("account.formErrors")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
          <form className="account-form" noValidate onSubmit={onSubmit}>
            <TextField id={fieldId(FORM, "email")} label={t("account.email")} type="email" autoComplete="email" error={errorText(errors.email)} {...form.register("email")} />
            <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? t("account.sending") : t("accountLifecycle.forgotSubmit")}</button>
          </form>
        </>
      )}
      <p className="account-form__alternative"><Link to="/sign-in">{t("account.signInLink")}</Link></p>
    </div>
  );
}
