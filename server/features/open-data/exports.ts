import type { Request, Response } from "express";
import { toIsoDate } from "@shared/domain/dates.ts";
import { PREMISES_VERSION_KEY, toDetail } from "@server/features/premises/index.ts";
import { statisticsCsv, statisticsFor, statisticsVersion } from "@server/features/statistics/index.ts";
import { requestIp } from "@server/lib/auth/middleware.ts";
import { BoundedQueue } from "@server/lib/concurrency.ts";
import type { AppContext } from "@server/lib/context.ts";
import { readDataVersion } from "@server/lib/db.ts";
import { enforceRateLimits } from "@server/lib/rate-limit.ts";
import { ResponseCache } from "@server/lib/response-cache.ts";
import { publicCsvHeader, publicCsvLine, publicFeature } from "./public-premises.ts";
import { publishedPremises } from "./repository.ts";

/**
 * The public downloads: made once per data version (premises: the register's DataVersion, as the
 * map; statistics: their fingerprint), kept by ETag in a bounded cache, revalidated with If-None-Match,
 * one file made at a time with a few waiting, and limited per address (a download or a revalidation
 * counts: 60 in 10 minutes).
 */
export const OPEN_DATA_LIMIT = { limit: 60, windowMs: 10 * 60 * 1000 };
const CACHE_BYTES = 48 * 1024 * 1024;

export type Download = "premises.csv" | "premises.geojson" | "statistics.csv";

const TYPES: Record<Download, string> = {
  "premises.csv": "text/csv; charset=utf-8",
  "premises.geojson": "application/geo+json",
  "statistics.csv": "text/csv; charset=utf-8",
};
const FILE_NAMES: Record<Download, string> = {
  "premises.csv": "lokale-krakow.csv",
  "premises.geojson": "lokale-krakow.geojson",
  "statistics.csv": "statystyki-lokali-krakow.csv",
};

interface Resources {
  cache: ResponseCache;
  queue: BoundedQueue;
  inFlight: Map<string, Promise<Buffer>>;
}
const perApp = new WeakMap<AppContext, Resources>();

function resources(ctx: AppContext): Resources {
  let found = perApp.get(ctx);
  if (!found) {
    found = {
      cache: new ResponseCache(CACHE_BYTES),
      queue: new BoundedQueue({ concurrency: 1, maxQueued: 4, retryAfterSeconds: 5, busyDetail: "Pliki danych otwartych są właśnie przygotowywane. Spróbuj ponownie za kilka sekund." }),
      inFlight: new Map(),
    };
    perApp.set(ctx, found);
  }
  return found;
}

async function premisesFile(ctx: AppContext, format: "csv" | "geojson"): Promise<Buffer> {
  const parts: string[] = [format === "csv" ? publicCsvHeader() : '{"type":"FeatureCollection","features":['];
  let first = true;
  for await (const rows of publishedPremises(ctx.db)) {
    const details = rows.map(toDetail);
    if (format === "csv") parts.push(details.map(publicCsvLine).join(""));
    else {
      parts.push((first ? "" : ",") + details.map(publicFeature).join(","));
      first = false;
    }
  }
  if (format === "geojson") parts.push("]}");
  return Buffer.from(parts.join(""));
}

async function versionOf(ctx: AppContext, download: Download) {
  if (download === "statistics.csv") {
    const version = await statisticsVersion(ctx);
    return { etag: `W/"os-${version.fingerprint}"`, make: async () => Buffer.from(statisticsCsv(await statisticsFor(ctx, version), toIsoDate(ctx.clock.now()))) };
  }
  const version = await readDataVersion(ctx.db, PREMISES_VERSION_KEY);
  const format = download === "premises.csv" ? "csv" : "geojson";
  return { etag: `W/"op${version}-${format}"`, make: () => premisesFile(ctx, format) };
}

/** Answers one download: 429 over the limit, 304 when the ETag is still current, else the file. */
export async function sendDownload(ctx: AppContext, download: Download, req: Request, res: Response): Promise<void> {
  await enforceRateLimits(ctx.db, res, [{ key: `open-data:ip:${requestIp(req)}`, ...OPEN_DATA_LIMIT }]);
  const { etag, make } = await versionOf(ctx, download);
  res.set({ ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate", "Access-Control-Allow-Origin": "*" });
  if (req.fresh) return void res.status(304).end();
  const r = resources(ctx);
  let body = r.cache.get(etag) ?? r.inFlight.get(etag);
  if (!body) {
    body = r.queue.run(make);
    r.inFlight.set(etag, body);
    try {
      r.cache.set(etag, await body);
    } finally {
      r.inFlight.delete(etag);
    }
  }
  res.set({ "Content-Type": TYPES[download], "Content-Disposition": `attachment; filename="${FILE_NAMES[download]}"` });
  res.send(await body);
}
