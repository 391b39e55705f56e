export { clientConfigRoutes } from "./routes.ts";
