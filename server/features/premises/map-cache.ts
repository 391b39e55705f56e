import type { AppContext } from "@server/lib/context.ts";
import { BoundedQueue } from "@server/lib/concurrency.ts";
import { ResponseCache } from "@server/lib/response-cache.ts";

/**
 * The public map's GeoJSON: answers kept by ETag (data version + query), at most MAP_CACHE_BYTES in
 * all, and the queries that miss it run two at a time with eight waiting. An uncached query over
 * 100,000 premises costs seconds of the one event loop: a burst of distinct anonymous queries gets
 * 503 with Retry-After instead of queuing every other request behind it.
 */
export const MAP_CACHE_BYTES = 64 * 1024 * 1024;

export interface MapResources {
  cache: ResponseCache;
  queries: BoundedQueue;
  /** Identical uncached queries in flight share one computation. */
  inFlight: Map<string, Promise<Buffer>>;
  /** The data version the cached answers belong to; older ones are dropped when it changes. */
  version: number;
}

const perApp = new WeakMap<AppContext, MapResources>();

export function mapResources(ctx: AppContext): MapResources {
  let found = perApp.get(ctx);
  if (!found) {
    found = {
      cache: new ResponseCache(MAP_CACHE_BYTES),
      queries: new BoundedQueue({
        concurrency: 2, maxQueued: 8, retryAfterSeconds: 2,
        busyDetail: "Mapa jest teraz mocno obciążona. Spróbuj ponownie za kilka sekund.",
      }),
      inFlight: new Map(),
      version: -1,
    };
    perApp.set(ctx, found);
  }
  return found;
}

/** For /api/health: the cache's memory and the map queries running and waiting. */
export function mapCacheReport(ctx: AppContext) {
  const { cache, queries } = mapResources(ctx);
  const { running, queued } = queries.stats();
  return { ...cache.stats(), queriesRunning: running, queriesQueued: queued };
}
