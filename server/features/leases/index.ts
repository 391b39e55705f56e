export { leaseRoutes } from "./routes.ts";
// For the lease documents: the lease as the actor may read it, its wire form and its schedule.
export { readableLease, scheduleOfRow, schedulesOfLeases } from "./service.ts";
export { toLease } from "./mapper.ts";
// For server/main.ts: signed leases past their end date become ended (at start and every hour).
export { endLeasesPastTheirEnd } from "./service.ts";
export type { LeaseRow } from "./repository.ts";
