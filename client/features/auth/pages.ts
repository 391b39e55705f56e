// Signing in, opening an account and its lifecycle (the address confirmed, the password reset, set or
// changed): one chunk loaded when any of these pages is opened (routes.ts).
export { AccountRegistrationPage } from "./account-registration-page.tsx";
export { SignInPage } from "./sign-in-page.tsx";
export { ConfirmEmailPage } from "./confirm-email-page.tsx";
export { ForgotPasswordPage } from "./forgot-password-page.tsx";
export { MyAccountPage } from "./my-account-page.tsx";
export { AccountSetupPage, ResetPasswordPage } from "./set-password-page.tsx";
