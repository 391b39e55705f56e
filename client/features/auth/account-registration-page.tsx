import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Link, Navigate, useNavigate } from "react-router";
import { RegisterRequest, SessionInfo } from "@shared/contracts/auth.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { lang, t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";
import { homeOf } from "./home-of.ts";
import "./auth.css";

type Values = { name: string; email: string; password: string };
const FORM = "register";
const LABELS: Record<string, () => string> = {
  name: () => t("account.name"), email: () => t("account.email"), password: () => t("account.password"),
};

/** "/register": an applicant opens an account (an organisation is registered afterwards). */
export function AccountRegistrationPage() {
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const form = useForm<Values, unknown, RegisterRequest>({
    resolver: zodResolver(RegisterRequest), defaultValues: { name: "", email: "", password: "" },
  });
  const feedback = useFormFeedback(form, FORM, (path) => LABELS[path]?.() ?? path);
  const { errors, isSubmitting } = form.formState;
  // The new session replaces the cache (setSession), so nothing else needs invalidating.
  const register = useApiMutation((values: RegisterRequest) => request("/api/auth/register", { method: "POST", json: values, schema: SessionInfo }), []);

  if (session?.user && !isSubmitting) return <Navigate to={homeOf(session)} replace />;

  const onSubmit = form.handleSubmit(async () => {
    try {
      const next = await register.mutateAsync({ ...form.getValues(), language: lang });
      setSession(next);
      void navigate(homeOf(next), { replace: true });
    } catch (error) {
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  return (
    <div className="page page--narrow">
      <PageHeading title={t("account.registerTitle")} />
      <p>{t("account.registerIntro")}</p>
      <FormErrorSummary title={t("account.formErrors")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <form className="account-form" noValidate onSubmit={onSubmit}>
        <TextField id={fieldId(FORM, "name")} label={t("account.name")} autoComplete="name" error={errorText(errors.name)} {...form.register("name")} />
        <TextField id={fieldId(FORM, "email")} label={t("account.email")} type="email" autoComplete="email" error={errorText(errors.email)} {...form.register("email")} />
        <TextField
          id={fieldId(FORM, "password")} label={t("account.password")} type="password" autoComplete="new-password"
          hint={t("account.newPasswordHint")} error={errorText(errors.password)} {...form.register("password")}
        />
        <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? t("account.sending") : t("account.submitRegister")}</button>
      </form>
      <p className="account-form__alternative">{t("account.haveAccount")} <Link to="/sign-in">{t("account.signInLink")}</Link></p>
    </div>
  );
}
