// The versioned lease template: its routes and seed for the app; for the leases, the version a new
// lease cites; for the documents, one version's clauses.
export { leaseTemplateRoutes } from "./routes.ts";
export { currentTemplateVersion, seedLeaseTemplate, templateOf } from "./service.ts";
export { EXAMPLE_LEASE_TEMPLATE } from "./example.ts";
