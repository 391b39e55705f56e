export { AccountMenu, AccountNavItems } from "./account-menu.tsx";
export { authRoutes } from "./routes.ts";
export { UnconfirmedEmailNotice } from "./unconfirmed-email-notice.tsx";
