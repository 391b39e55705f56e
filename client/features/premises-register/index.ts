export { premisesRegisterRoutes } from "./routes.ts";
export { PremisesRegisterNavItem } from "./nav-item.tsx";
