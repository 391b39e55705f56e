import type { RouteObject } from "react-router";

const pages = () => import("./pages.ts");

export const authRoutes: RouteObject[] = [
  { path: "sign-in", lazy: async () => ({ Component: (await pages()).SignInPage }) },
  { path: "register", lazy: async () => ({ Component: (await pages()).AccountRegistrationPage }) },
  { path: "forgot-password", lazy: async () => ({ Component: (await pages()).ForgotPasswordPage }) },
  { path: "reset-password", lazy: async () => ({ Component: (await pages()).ResetPasswordPage }) },
  { path: "set-password", lazy: async () => ({ Component: (await pages()).AccountSetupPage }) },
  { path: "confirm-email", lazy: async () => ({ Component: (await pages()).ConfirmEmailPage }) },
  { path: "account", lazy: async () => ({ Component: (await pages()).MyAccountPage }) },
];
