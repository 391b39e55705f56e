import { createHash } from "node:crypto";
import type { Statistics } from "@shared/contracts/statistics.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { BoundedQueue } from "@server/lib/concurrency.ts";
import type { AppContext } from "@server/lib/context.ts";
import { computeStatistics, type StatisticsFilter } from "./compute.ts";
import { statisticsSources } from "./repository.ts";

/**
 * The statistics of an app, computed once per state of their sources: the fingerprint (counts and
 * latest changes of the tables behind them) is read on every request and is the ETag; the figures are
 * computed again only when it changes, one computation at a time (a burst waits for the same one).
 */
interface Cached {
  fingerprint: string;
  statistics: Promise<Statistics>;
}

const perApp = new WeakMap<AppContext, { cached?: Cached; queue: BoundedQueue }>();

function resources(ctx: AppContext) {
  let found = perApp.get(ctx);
  if (!found) {
    found = {
      queue: new BoundedQueue({ concurrency: 1, maxQueued: 8, retryAfterSeconds: 5, busyDetail: "Statystyki są właśnie przeliczane. Spróbuj ponownie za kilka sekund." }),
    };
    perApp.set(ctx, found);
  }
  return found;
}

/** The fingerprint of the statistics as the data is now (the ETag's content) and when it last changed. */
export async function statisticsVersion(ctx: AppContext): Promise<{ fingerprint: string; dataUpdatedAt: Date | null }> {
  const sources = await statisticsSources(ctx.db);
  // The history runs to the current month: a new month is new statistics even when no data changed.
  const hash = createHash("sha1").update(`${sources.fingerprint}|${toIsoDate(ctx.clock.now()).slice(0, 7)}`).digest("base64url").slice(0, 16);
  return { fingerprint: hash, dataUpdatedAt: sources.dataUpdatedAt };
}

/** The statistics for a fingerprint just read; computed when it differs from the cached one's. */
export function statisticsFor(ctx: AppContext, version: { fingerprint: string; dataUpdatedAt: Date | null }): Promise<Statistics> {
  const r = resources(ctx);
  if (r.cached?.fingerprint === version.fingerprint) return r.cached.statistics;
  const statistics = r.queue.run(() => computeStatistics(ctx.db, ctx.clock.now(), version.dataUpdatedAt));
  const cached = { fingerprint: version.fingerprint, statistics };
  r.cached = cached;
  // A failed computation is not kept: the next request tries again.
  statistics.catch(() => { if (r.cached === cached) r.cached = undefined; });
  return statistics;
}

/** An officer's filtered statistics: computed for each request (not cached), in the same one-at-a-time queue. */
export async function filteredStatistics(ctx: AppContext, filter: StatisticsFilter): Promise<Statistics> {
  const { dataUpdatedAt } = await statisticsSources(ctx.db);
  return resources(ctx).queue.run(() => computeStatistics(ctx.db, ctx.clock.now(), dataUpdatedAt, filter));
}
