export { applicationRoutes } from "./routes.ts";
export { ApplicationsNavItem } from "./nav-item.tsx";
