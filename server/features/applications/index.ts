// The applications feature as the app mounts it.
export { applicationRoutes } from "./routes.ts";
