import type { RequestHandler } from "express";
import { SESSION_COOKIE } from "@server/lib/auth/middleware.ts";
import type { AppContext } from "@server/lib/context.ts";
import { BoundedQueue } from "@server/lib/concurrency.ts";
import { ResponseCache } from "@server/lib/response-cache.ts";
import { PREMISES_VERSION_KEY } from "./repository.ts";
import { createVersionReader } from "./version-repository.ts";

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
  /** Reads of the data version (the DataVersion row), shared by the requests that wait at the same time. */
  versionRead: SharedRead<number>;
  /** Query strings already answered → the query's part of the ETag, for the early revalidation. */
  queryKeys: Map<string, string>;
}

/**
 * One read shared by whoever asks while it is under way, and yet never stale: a caller joins only a read
 * that starts after it asked. The first caller starts a read; those who ask while it runs wait for the
 * next one, which starts when it ends and answers all of them. So a write committed before a request
 * came in, through this instance or any other on the same database, is always seen, and under load one
 * read of the DataVersion row answers a whole batch of revalidations instead of one each.
 */
export class SharedRead<T> {
  #running: Promise<T> | null = null;
  #next: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.#running) return this.#start();
    this.#next ??= this.#running.then(() => undefined, () => undefined).then(() => {
      this.#next = null;
      return this.#start();
    });
    return this.#next;
  }

  #start(): Promise<T> {
    const run = this.read().finally(() => {
      if (this.#running === run) this.#running = null;
    });
    this.#running = run;
    return run;
  }
}

const MAX_QUERY_KEYS = 10_000;

/** The map's ETag: the data version and the query (parsed, so equivalent query strings share it). */
export const mapEtag = (version: number, queryKey: string) => `W/"p${version}-${queryKey}"`;

export const MAP_CACHE_HEADERS = { "Cache-Control": "public, max-age=0, must-revalidate", Vary: "Accept-Encoding" } as const;

/** Remembers the ETag part of a query string the route has answered. */
export function rememberQueryKey(map: MapResources, queryString: string, queryKey: string): void {
  if (map.queryKeys.size >= MAX_QUERY_KEYS) map.queryKeys.clear();
  map.queryKeys.set(queryString, queryKey);
}

const queryStringOf = (url: string) => {
  const q = url.indexOf("?");
  return q < 0 ? "" : url.slice(q + 1);
};

/**
 * GET /api/premises.geojson revalidated (If-None-Match) by an anonymous caller, answered 304 before the
 * session, the feature routers and the validation run: the query string must be one the route has
 * answered (its key is remembered) and the data version read now (one shared read, above) must still be
 * the ETag's. Anything else, a signed-in caller included (whose session this must not skip), goes on to
 * the route, which answers the same. Mounted by the app before /api's middleware.
 */
export function mapRevalidation(ctx: AppContext): RequestHandler {
  const map = mapResources(ctx);
  return (req, res, next) => {
    const sent = req.headers["if-none-match"];
    const queryKey = sent && !req.headers.cookie?.includes(`${SESSION_COOKIE}=`) ? map.queryKeys.get(queryStringOf(req.url)) : undefined;
    if (queryKey === undefined) return next();
    map.versionRead.get().then((version) => {
      res.set({ ETag: mapEtag(version, queryKey), ...MAP_CACHE_HEADERS });
      if (req.fresh) res.status(304).end();
      else next();
    }, next);
  };
}

const perApp = new WeakMap<AppContext, MapResources>();

function versionReadOf(ctx: AppContext): SharedRead<number> {
  const reader = createVersionReader(ctx.env.DATABASE_URL);
  return new SharedRead(() => reader.read(PREMISES_VERSION_KEY));
}

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
      versionRead: versionReadOf(ctx),
      queryKeys: new Map(),
    };
    perApp.set(ctx, found);
  }
  return found;
}

/** For /api/health: the cache's memory and the map queries running and waiting. */
export function mapCacheReport(ctx: AppContext) {
  const found = perApp.get(ctx);
  if (!found) return { entries: 0, bytes: 0, maxBytes: MAP_CACHE_BYTES, queriesRunning: 0, queriesQueued: 0 };
  const { cache, queries } = found;
  const { running, queued } = queries.stats();
  return { ...cache.stats(), queriesRunning: running, queriesQueued: queued };
}
