// The open data: the catalogue and the public downloads (premises CSV and GeoJSON, statistics CSV).
export { openDataRoutes } from "./routes.ts";
export { PUBLIC_PREMISES_FIELDS, GEOJSON_EXTRA_PROPERTIES } from "./public-premises.ts";
export { OPEN_DATA_LIMIT } from "./exports.ts";
