import type { ImportReport } from "@shared/contracts/premises-register.ts";
import { BoundedQueue } from "@server/lib/concurrency.ts";
import type { AppContext } from "@server/lib/context.ts";
import { WorkerThread } from "@server/lib/worker-thread.ts";
import type { ImportJob } from "./import-worker.ts";

const WORKER = new URL("./import-worker.ts", import.meta.url);

/**
 * Imports of one app, one at a time in a worker thread (two more may wait; beyond that 503): each
 * holds its file and its rows in memory, and the database takes one writer at a time anyway.
 */
export function importRunner(ctx: AppContext): (bytes: Uint8Array, options: ImportJob["options"]) => Promise<ImportReport> {
  // A dry run is usually followed by the import within a minute; then the thread and its heap go.
  const worker = new WorkerThread<ImportJob, ImportReport>(WORKER, { idleMs: 60_000, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  const queue = new BoundedQueue({
    concurrency: 1, maxQueued: 2, retryAfterSeconds: 30,
    busyDetail: "Trwają już inne importy rejestru. Spróbuj ponownie za chwilę.",
  });
  return (bytes, options) => queue.run(() => {
    // The request body's own memory moves to the worker (no copy of tens of megabytes) when it is all its buffer holds.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const done = worker.run({ databaseUrl: ctx.env.DATABASE_URL, bytes, options }, { transfer: whole ? [bytes.buffer] : [] });
    // After a real import nothing usually follows: the thread and its heap go at once.
    return options.dryRun ? done : done.finally(() => worker.stop());
  });
}
