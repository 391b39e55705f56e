// The accounts: their routes for the app; creating and finding users for the organisations, the seed,
// the command line and the tests.
export { createUser, findUserByEmail, insertUser } from "./users.ts";
export { authRoutes } from "./routes.ts";
