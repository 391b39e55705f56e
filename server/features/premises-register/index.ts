// The officers' register: its routes, and the CSV import that the command line shares with the API.
export { importPremisesCsv, refusedReport } from "./importer.ts";
export { premisesRegisterRoutes } from "./routes.ts";
