import type { RouteObject } from "react-router";

/** The footer's pages: accessibility statement, privacy notice, contact. */
export const infoPageRoutes: RouteObject[] = [
  { path: "accessibility-statement", lazy: async () => ({ Component: (await import("./accessibility-statement-page.tsx")).AccessibilityStatementPage }) },
  { path: "privacy", lazy: async () => ({ Component: (await import("./privacy-page.tsx")).PrivacyPage }) },
  { path: "contact", lazy: async () => ({ Component: (await import("./contact-page.tsx")).ContactPage }) },
];
