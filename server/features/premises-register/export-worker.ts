import { createDb, type Db } from "@server/lib/db.ts";
import { serveJobs } from "@server/lib/worker-thread.ts";
import { toDetail } from "@server/features/premises/index.ts";
import { CSV_BOM, csvHeaderLine, csvLine } from "./csv/write.ts";
import { allPremises } from "./repository.ts";

/**
 * The register's exports, made in a worker thread (started by export.ts) with its own database
 * connection: reading and formatting 100,000 rows takes seconds of CPU that the event loop must not
 * spend. The text goes back a page at a time, each page once the response has taken the previous one.
 */
export interface ExportJob {
  databaseUrl: string;
  format: "csv" | "geojson";
}

const connections = new Map<string, Db>();

serveJobs<ExportJob, number>(async ({ databaseUrl, format }, send) => {
  let db = connections.get(databaseUrl);
  if (!db) connections.set(databaseUrl, db = createDb(databaseUrl));
  let count = 0;
  if (format === "csv") {
    await send(CSV_BOM + csvHeaderLine());
    for await (const rows of allPremises(db, 1000)) {
      await send(rows.map((row) => csvLine(toDetail(row))).join(""));
      count += rows.length;
    }
    return count;
  }
  await send('{"type":"FeatureCollection","features":[');
  for await (const rows of allPremises(db, 1000)) {
    const features = rows.map((row) => {
      const { lat, lng, ...properties } = toDetail(row);
      return JSON.stringify({ type: "Feature", geometry: { type: "Point", coordinates: [lng, lat] }, properties });
    });
    await send((count === 0 ? "" : ",") + features.join(","));
    count += rows.length;
  }
  await send("]}");
  return count;
});
