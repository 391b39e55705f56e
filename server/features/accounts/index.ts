// The admins' account management: its routes for the app.
export { accountRoutes } from "./routes.ts";
