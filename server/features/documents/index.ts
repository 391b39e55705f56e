// The decision documents as the app mounts them, and the configuration they print from.
export { documentRoutes } from "./routes.ts";
export { documentsConfig, type DocumentsConfig } from "./config.ts";
