import type { Response } from "express";
import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";
import { toIsoDate } from "@shared/domain/dates.ts";
import type { Db } from "@server/lib/db.ts";
import { toDetail } from "@server/features/premises/index.ts";
import { CSV_BOM, csvHeaderLine, csvLine } from "./csv/write.ts";
import { allPremises } from "./repository.ts";

/**
 * The whole register, every status, streamed a page at a time so a large register needs little memory.
 * Each page ends with setImmediate: Prisma over better-sqlite3 answers synchronously, and waiting for
 * "drain" alone resumes inside libuv's poll phase, which keeps serving socket events back to back
 * (measured: 40 pages in one 7 s stall of the event loop, timers and other requests waiting).
 */

async function write(res: Response, text: string): Promise<void> {
  if (!res.write(text)) await once(res, "drain");
  await nextTurn();
}

function attachment(res: Response, type: string, extension: string): void {
  const name = `rejestr-lokali-${toIsoDate(new Date())}.${extension}`;
  res.status(200).set({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "no-store",
  });
}

export async function sendCsvExport(db: Db, res: Response): Promise<void> {
  attachment(res, "text/csv; charset=utf-8", "csv");
  await write(res, CSV_BOM + csvHeaderLine());
  for await (const rows of allPremises(db)) await write(res, rows.map((row) => csvLine(toDetail(row))).join(""));
  res.end();
}

export async function sendGeoJsonExport(db: Db, res: Response): Promise<void> {
  attachment(res, "application/geo+json", "geojson");
  await write(res, '{"type":"FeatureCollection","features":[');
  let first = true;
  for await (const rows of allPremises(db)) {
    const features = rows.map((row) => {
      const { lat, lng, ...properties } = toDetail(row);
      return JSON.stringify({ type: "Feature", geometry: { type: "Point", coordinates: [lng, lat] }, properties });
    });
    await write(res, (first ? "" : ",") + features.join(","));
    first = false;
  }
  res.end("]}");
}
