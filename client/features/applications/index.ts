export { applicationRoutes } from "./routes.tsx";
export { ApplicationsNavItem } from "./nav-item.tsx";
