// Signing in and opening an account, one chunk loaded when either page is opened (routes.ts).
export { AccountRegistrationPage } from "./account-registration-page.tsx";
export { SignInPage } from "./sign-in-page.tsx";
