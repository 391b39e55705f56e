// Tenant investments: the routes, and for the documents the investment as the actor may read it.
export { investmentRoutes } from "./routes.ts";
export { investmentForDocument } from "./service.ts";
