import type { RouteObject } from "react-router";

export const openDataRoutes: RouteObject[] = [
  { path: "open-data", lazy: async () => ({ Component: (await import("./open-data-page.tsx")).OpenDataPage }) },
  { path: "api-docs", lazy: async () => ({ Component: (await import("./api-docs-page.tsx")).ApiDocsPage }) },
];
