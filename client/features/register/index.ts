export { premisesRegisterRoutes } from "./routes.tsx";
export { RegisterNavItem } from "./register-nav-item.tsx";
