import type { RouteObject } from "react-router";

const pages = () => import("./pages.ts");

export const applicationRoutes: RouteObject[] = [
  { path: "applications/new", lazy: async () => ({ Component: (await pages()).NewApplicationPage }) },
  { path: "applications", lazy: async () => ({ Component: (await pages()).ApplicationQueuePage }) },
  { path: "applications/:id", lazy: async () => ({ Component: (await pages()).ReviewPage }) },
  { path: "my-applications", lazy: async () => ({ Component: (await pages()).MyApplicationsPage }) },
  { path: "my-applications/:id", lazy: async () => ({ Component: (await pages()).ApplicationPage }) },
  { path: "my-applications/:id/edit", lazy: async () => ({ Component: (await pages()).EditApplicationPage }) },
];
