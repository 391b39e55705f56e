// What the command line uses of the register: the CSV import, with the same checks as the API.
export { importPremisesCsv, refusedReport } from "./importer.ts";
