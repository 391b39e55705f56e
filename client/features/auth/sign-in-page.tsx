import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { LoginRequest, SessionInfo } from "@shared/contracts/auth.ts";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";
import { homeOf } from "./home-of.ts";
import "./auth.css";

type Values = { email: string; password: string };
const FORM = "sign-in";
const LABELS: Record<string, () => string> = { email: () => t("account.email"), password: () => t("account.password") };

export function SignInPage() {
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const form = useForm<Values, unknown, LoginRequest>({ resolver: zodResolver(LoginRequest), defaultValues: { email: "", password: "" } });
  const feedback = useFormFeedback(form, FORM, (path) => LABELS[path]?.() ?? path);
  const { errors, isSubmitting } = form.formState;
  // The new session replaces the cache (setSession), so nothing else needs invalidating.
  const signIn = useApiMutation((values: LoginRequest) => request("/api/auth/login", { method: "POST", json: values, schema: SessionInfo }), []);

  if (session?.user && !isSubmitting) return <Navigate to={from ?? homeOf(session)} replace />;

  const onSubmit = form.handleSubmit(async () => {
    try {
      const next = await signIn.mutateAsync(form.getValues());
      setSession(next);
      void navigate(from ?? homeOf(next), { replace: true });
    } catch (error) {
      form.setValue("password", "");
      feedback.onFailure(error);
    }
  }, feedback.onInvalid);

  return (
    <div className="page page--narrow">
      <PageHeading title={t("account.signInTitle")} />
      <p>{t("account.signInIntro")}</p>
      <FormErrorSummary title={t("account.signInFailed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
      <form className="account-form" noValidate onSubmit={onSubmit}>
        <TextField id={fieldId(FORM, "email")} label={t("account.email")} type="email" autoComplete="username" error={errorText(errors.email)} {...form.register("email")} />
        <TextField id={fieldId(FORM, "password")} label={t("account.password")} type="password" autoComplete="current-password" error={errorText(errors.password)} {...form.register("password")} />
        <button type="submit" className="button" disabled={isSubmitting}>{isSubmitting ? t("account.sending") : t("account.submitSignIn")}</button>
      </form>
      <p className="account-form__alternative"><Link to="/forgot-password">{t("account.forgotPassword")}</Link></p>
      <p className="account-form__alternative">{t("account.noAccount")} <Link to="/register">{t("account.registerLink")}</Link></p>
    </div>
  );
}
