import type { RouteObject } from "react-router";

export const leaseTemplateRoutes: RouteObject[] = [
  { path: "lease-templates", lazy: async () => ({ Component: (await import("./lease-templates-page.tsx")).LeaseTemplatesPage }) },
];
