import type { RouteObject } from "react-router";

const pages = () => import("./pages.ts");

export const organisationRoutes: RouteObject[] = [
  { path: "my-organisation", lazy: async () => ({ Component: (await pages()).MyOrganisationPage }) },
  { path: "organisations", lazy: async () => ({ Component: (await pages()).OrganisationsPage }) },
  { path: "organisations/:id", lazy: async () => ({ Component: (await pages()).OrganisationReviewPage }) },
];
