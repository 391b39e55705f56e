// "Mój profil": the signed-in user's name and position (routes.ts loads the page when it is opened).
export { profileRoutes } from "./routes.ts";
