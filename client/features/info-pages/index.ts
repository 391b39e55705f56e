export { infoPageRoutes } from "./routes.ts";
export { FooterLinks } from "./footer-links.tsx";
