export { investmentRoutes } from "./routes.ts";
export { InvestmentsNavItem } from "./nav-item.tsx";
export { LeaseInvestments } from "./lease-investments-slot.tsx";
