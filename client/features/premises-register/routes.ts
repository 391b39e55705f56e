import type { RouteObject } from "react-router";

const pages = () => import("./pages.ts");

export const premisesRegisterRoutes: RouteObject[] = [
  { path: "premises-register", lazy: async () => ({ Component: (await pages()).PremisesRegisterPage }) },
  { path: "premises-register/new", lazy: async () => ({ Component: (await pages()).NewPremisesPage }) },
  { path: "premises-register/import", lazy: async () => ({ Component: (await pages()).ImportPage }) },
  { path: "premises-register/:id", lazy: async () => ({ Component: (await pages()).EditPremisesPage }) },
];
