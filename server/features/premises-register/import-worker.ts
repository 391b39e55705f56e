import type { ImportReport } from "@shared/contracts/premises-register.ts";
import { serveJobs } from "@server/lib/worker-thread.ts";
import { openImportStore, type ImportStore } from "./bulk.ts";
import { importPremisesCsv, type ImportOptions } from "./importer.ts";

/**
 * The API's CSV import in a worker thread (started by import-job.ts): decoding, reading and checking
 * 100,000 rows take seconds of CPU that the event loop must not spend. The worker has its own
 * database connection, so the import's one transaction never holds the app's connection either, and
 * on SQLite its bulk statements are prepared once on that connection (bulk.ts).
 */
export interface ImportJob {
  databaseUrl: string;
  bytes: Uint8Array;
  options: Omit<ImportOptions, "onProgress" | "onWrite">;
}

const stores = new Map<string, Promise<ImportStore>>();

serveJobs<ImportJob, ImportReport>(async (job) => {
  let store = stores.get(job.databaseUrl);
  if (!store) stores.set(job.databaseUrl, store = openImportStore(job.databaseUrl));
  const { db } = await store;
  return importPremisesCsv(db, job.bytes, job.options, await store);
});
