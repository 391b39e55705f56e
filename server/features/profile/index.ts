// The signed-in user's own profile (name and position), as the app mounts it.
export { profileRoutes } from "./routes.ts";
export { updateProfile } from "./repository.ts";
