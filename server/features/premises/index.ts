// The premises: the public catalogue's routes and the seed for the app; for the register, the record's
// mapping, reading and bulk writing, and the data version that the public map's ETag follows.
export { premisesData, toDetail } from "./mapper.ts";
export {
  afterBulkLoad, countPremises, findPremises, insertPremisesRows, newPremisesRows, premisesExists, PREMISES_VERSION_KEY, quotableSample,
} from "./repository.ts";
export { premisesRoutes } from "./routes.ts";
export { mapCacheReport, mapRevalidation } from "./map-cache.ts";
export { parsePremisesFixtures, seedPremises } from "./seed.ts";
