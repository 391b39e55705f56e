import type { RouteObject } from "react-router";

/** The public diagnosis dashboard; Chart.js comes with this page's code only. */
export const dashboardRoutes: RouteObject[] = [
  { path: "dashboard", lazy: async () => ({ Component: (await import("./dashboard-page.tsx")).DashboardPage }) },
];
