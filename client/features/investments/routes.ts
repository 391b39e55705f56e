import type { RouteObject } from "react-router";

const pages = () => import("./pages.ts");

export const investmentRoutes: RouteObject[] = [
  { path: "investments", lazy: async () => ({ Component: (await pages()).InvestmentsPage }) },
  { path: "investments/:id", lazy: async () => ({ Component: (await pages()).InvestmentPage }) },
  { path: "my-leases/:id/investments/new", lazy: async () => ({ Component: (await pages()).ProposeInvestmentPage }) },
];
