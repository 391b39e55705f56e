export { adminRoutes } from "./routes.ts";
export { AdminNavItem } from "./nav-item.tsx";
