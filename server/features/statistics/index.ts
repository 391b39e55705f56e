// The diagnosis statistics (Recommendation 9): their route, and for the open data their figures and CSV.
export { statisticsRoutes } from "./routes.ts";
export { statisticsFor, statisticsVersion } from "./service.ts";
export { statisticsCsv, STATISTICS_CSV_HEADER } from "./csv.ts";
export { statisticsSources } from "./repository.ts";
