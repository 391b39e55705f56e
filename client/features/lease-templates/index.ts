export { leaseTemplateRoutes } from "./routes.ts";
export { LeaseTemplatesNavItem } from "./nav-item.tsx";
