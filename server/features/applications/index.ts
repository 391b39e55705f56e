// The applications feature as the app mounts it.
export { applicationRoutes } from "./routes.ts";
// For the leases: an approved application's terms, and releasing its hold on the premises when signed.
export { approvedForLease, releaseReservation, type ApprovedForLease } from "./leasing.ts";
