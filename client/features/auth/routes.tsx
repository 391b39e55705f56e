import type { RouteObject } from "react-router";
import { RegisterPage } from "./register-page.tsx";
import { SignInPage } from "./sign-in-page.tsx";

export const authRoutes: RouteObject[] = [
  { path: "sign-in", element: <SignInPage /> },
  { path: "register", element: <RegisterPage /> },
];
