// The organisations' pages, one chunk loaded when the first of them is opened (routes.ts).
export { MyOrganisationPage } from "./my-organisation-page.tsx";
export { OrganisationReviewPage } from "./organisation-review-page.tsx";
export { OrganisationsPage } from "./organisations-page.tsx";
