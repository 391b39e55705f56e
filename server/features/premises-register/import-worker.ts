import type { ImportReport } from "@shared/contracts/premises-register.ts";
import { createDb, type Db } from "@server/lib/db.ts";
import { serveJobs } from "@server/lib/worker-thread.ts";
import { importPremisesCsv, type ImportOptions } from "./importer.ts";

/**
 * The API's CSV import in a worker thread (started by import-job.ts): decoding, reading and checking
 * 100,000 rows take seconds of CPU that the event loop must not spend. The worker has its own
 * database connection, so the import's one transaction never holds the app's connection either.
 */
export interface ImportJob {
  databaseUrl: string;
  bytes: Uint8Array;
  options: Omit<ImportOptions, "onProgress" | "onWrite">;
}

const connections = new Map<string, Db>();

serveJobs<ImportJob, ImportReport>((job) => {
  let db = connections.get(job.databaseUrl);
  if (!db) connections.set(job.databaseUrl, db = createDb(job.databaseUrl));
  return importPremisesCsv(db, job.bytes, job.options);
});
