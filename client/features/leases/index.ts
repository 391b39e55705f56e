export { leaseRoutes } from "./routes.ts";
export { LeasesNavItem } from "./nav-item.tsx";
export { CreateLeaseButton } from "./create-lease-slot.tsx";
