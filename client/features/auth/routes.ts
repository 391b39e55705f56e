import type { RouteObject } from "react-router";

const pages = () => import("./pages.ts");

export const authRoutes: RouteObject[] = [
  { path: "sign-in", lazy: async () => ({ Component: (await pages()).SignInPage }) },
  { path: "register", lazy: async () => ({ Component: (await pages()).AccountRegistrationPage }) },
];
