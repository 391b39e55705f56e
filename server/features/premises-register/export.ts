import type { Response } from "express";
import { once } from "node:events";
import { toIsoDate } from "@shared/domain/dates.ts";
import { BoundedQueue } from "@server/lib/concurrency.ts";
import type { AppContext } from "@server/lib/context.ts";
import { WorkerThread } from "@server/lib/worker-thread.ts";
import type { ExportJob } from "./export-worker.ts";

/**
 * The whole register, every status, as a spreadsheet or GeoJSON, streamed from a worker thread
 * (export-worker.ts) a page at a time: little memory, and the event loop only passes text on.
 * Made here, 100,000 rows once held every other request for 20 s. One export at a time per app,
 * four waiting, then 503 with Retry-After.
 */
const WORKER = new URL("./export-worker.ts", import.meta.url);

function attachment(res: Response, type: string, extension: string): void {
  const name = `rejestr-lokali-${toIsoDate(new Date())}.${extension}`;
  res.status(200).set({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "no-store",
  });
}

export function exportSender(ctx: AppContext): (format: ExportJob["format"], res: Response) => Promise<void> {
  // A page of 1,000 rows at a time is all it holds: the cap makes V8 collect instead of growing its heap.
  const worker = new WorkerThread<ExportJob, number>(WORKER, { idleMs: 10_000, resourceLimits: { maxOldGenerationSizeMb: 96 } });
  const queue = new BoundedQueue({
    concurrency: 1, maxQueued: 4, retryAfterSeconds: 10,
    busyDetail: "Trwa już kilka eksportów rejestru. Spróbuj ponownie za chwilę.",
  });
  return (format, res) => queue.run(async () => {
    if (format === "csv") attachment(res, "text/csv; charset=utf-8", "csv");
    else attachment(res, "application/geo+json", "geojson");
    await worker.run({ databaseUrl: ctx.env.DATABASE_URL, format }, {
      onChunk: async (text) => {
        if (res.destroyed) throw new Error("the client went away");
        if (!res.write(text)) await once(res, "drain");
      },
    }).catch((error: unknown) => {
      // Once the first bytes are out, a failure can only cut the download short.
      if (!res.headersSent) throw error;
      ctx.log("Export ended early", error);
      res.destroy();
    });
    res.end();
  });
}
