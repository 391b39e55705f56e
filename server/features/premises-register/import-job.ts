import type { ImportReport } from "@shared/contracts/premises-register.ts";
import type { Lang } from "@shared/i18n/validation.ts";
import { BoundedQueue } from "@server/lib/concurrency.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { WorkerThread } from "@server/lib/worker-thread.ts";
import type { ImportJob } from "./import-worker.ts";

const WORKER = new URL("./import-worker.ts", import.meta.url);

/**
 * Imports of one app, one at a time in a worker thread (two more may wait; beyond that 503): each
 * holds its file and its rows in memory, and the database takes one writer at a time anyway.
 */
export function importRunner(ctx: AppContext): (bytes: Uint8Array, options: ImportJob["options"]) => Promise<ImportReport> {
  // A dry run is usually followed by the import within a minute; then the thread and its heap go.
  // The heap cap makes V8 collect early instead of growing to several times what is live: rows are
  // read, checked and written 500 at a time, so what stays is the file's bytes (outside the heap) and
  // its inventory codes, about 15 MB for 100,000 rows; a file whose codes do not fit is refused with 413.
  const worker = new WorkerThread<ImportJob, ImportReport>(WORKER, { idleMs: 60_000, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  const queue = new BoundedQueue({
    concurrency: 1, maxQueued: 2, retryAfterSeconds: 30,
    busyDetail: "Trwają już inne importy rejestru. Spróbuj ponownie za chwilę.",
  });
  return (bytes, options) => queue.run(() => {
    // The request body's own memory moves to the worker (no copy of tens of megabytes) when it is all its buffer holds.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const done = worker.run({ databaseUrl: ctx.env.DATABASE_URL, bytes, options }, { transfer: whole ? [bytes.buffer] : [] });
    // After a real import nothing usually follows: the thread and its heap go at once.
    const answered = done.catch((error: unknown) => {
      if ((error as { code?: string }).code !== "ERR_WORKER_OUT_OF_MEMORY") throw error;
      throw new AppError(413, "import-too-large", "Plik jest za duży", OUT_OF_MEMORY[options.lang]);
    });
    return options.dryRun ? answered : answered.finally(() => worker.stop());
  });
}

const HEAP_MB = 128;
const OUT_OF_MEMORY = {
  pl: "Plik ma zbyt wiele wierszy na jeden import przez przeglądarkę. Podziel go na części albo użyj importu z wiersza poleceń (npm run premises:import).",
  en: "The file has too many rows for one import through the browser. Split it, or use the command-line import (npm run premises:import).",
} satisfies Record<Lang, string>;
