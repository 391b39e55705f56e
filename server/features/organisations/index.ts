export { organisationRoutes } from "./routes.ts";
export { seedDemoAccounts } from "./seed.ts";
