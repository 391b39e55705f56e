// The decision documents as the app mounts them.
export { documentRoutes } from "./routes.ts";
