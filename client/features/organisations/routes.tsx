import type { RouteObject } from "react-router";
import { MyOrganisationPage } from "./my-organisation-page.tsx";
import { OrganisationReviewPage } from "./organisation-review-page.tsx";
import { OrganisationsPage } from "./organisations-page.tsx";

export const organisationRoutes: RouteObject[] = [
  { path: "my-organisation", element: <MyOrganisationPage /> },
  { path: "organisations", element: <OrganisationsPage /> },
  { path: "organisations/:id", element: <OrganisationReviewPage /> },
];
