// The price index table (GUS annual average CPI by year): its routes and seed for the app; for the
// leases, the table in the shape the lease schedule takes.
export { priceIndexTable } from "./service.ts";
export { priceIndexRoutes } from "./routes.ts";
export { seedPriceIndices } from "./seed.ts";
