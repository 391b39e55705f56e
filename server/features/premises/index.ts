// What other features use of the premises: the record's mapping, reading and bulk writing, and the
// data version that the public map's ETag follows.
export { premisesData, toDetail } from "./mapper.ts";
export {
  afterBulkLoad, countPremises, findPremises, insertPremisesRows, premisesExists, PREMISES_VERSION_KEY,
} from "./repository.ts";
