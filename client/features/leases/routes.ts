import type { RouteObject } from "react-router";

const pages = () => import("./pages.ts");

export const leaseRoutes: RouteObject[] = [
  { path: "leases", lazy: async () => ({ Component: (await pages()).LeasesPage }) },
  { path: "leases/new", lazy: async () => ({ Component: (await pages()).RecordLeasePage }) },
  { path: "leases/:id", lazy: async () => ({ Component: (await pages()).LeasePage }) },
  { path: "my-leases", lazy: async () => ({ Component: (await pages()).MyLeasesPage }) },
];
