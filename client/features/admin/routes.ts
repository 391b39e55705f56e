import type { RouteObject } from "react-router";

export const adminRoutes: RouteObject[] = [
  { path: "admin", lazy: async () => ({ Component: (await import("./admin-page.tsx")).AdminPage }) },
  { path: "admin/rate-policy", lazy: async () => ({ Component: (await import("./rate-policy-page.tsx")).RatePolicyPage }) },
  { path: "admin/reference-rates", lazy: async () => ({ Component: (await import("./reference-rates-page.tsx")).ReferenceRatesPage }) },
  { path: "admin/accounts", lazy: async () => ({ Component: (await import("./accounts-page.tsx")).AccountsPage }) },
];
