// The leases' pages, one chunk loaded when the first of them is opened (routes.ts).
export { LeasePage } from "./lease-page.tsx";
export { LeasesPage } from "./leases-page.tsx";
export { MyLeasesPage } from "./my-leases-page.tsx";
export { RecordLeasePage } from "./record-lease-page.tsx";
