// The officers' register: its routes, and the CSV import that the command line shares with the API.
export { importPremisesCsv, refusedReport } from "./importer.ts";
export { openImportStore } from "./bulk.ts";
export { premisesRegisterRoutes } from "./routes.ts";
// The register's spreadsheet layout, for whatever writes files the import must read (fixtures/import).
export { COLUMNS } from "./csv/columns.ts";
export { CSV_BOM, csvCells, csvHeaderLine, csvJoin } from "./csv/write.ts";
// Its cells in the register's formats (decimal commas, a formula-guarded text), for other exports in its style.
export { decimal as csvDecimal, text as csvText } from "./csv/cells.ts";
// Its content-checked uploads (multipart reader, type from the bytes, images re-encoded, safe names), for other features' files.
export { receiveFile } from "./receive.ts";
export { sniff } from "./files/sniff.ts";
export { isImage, reencodeImage } from "./files/images.ts";
export { cleanFileName, fileStorage, type FileStorage } from "./files/storage.ts";
export { disposition, sendUserFile, USER_FILE_CSP } from "./file-routes.ts";
