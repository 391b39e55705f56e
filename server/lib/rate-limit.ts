import type { Response } from "express";
import type { Db } from "./db.ts";
import { AppError } from "./errors.ts";
import { isUniqueViolation } from "./prisma-errors.ts";

/**
 * At most `limit` requests per `windowMs` for one key. A window opens with the key's first request
 * (not on the clock's quarter hours), so a burst cannot straddle two windows.
 */
export interface RateLimit {
  key: string;
  limit: number;
  windowMs: number;
}

// Longer than any window in use: older buckets can go.
const KEEP_BUCKETS_MS = 24 * 60 * 60 * 1000;

/** Counts one request in the key's open window (opening one if none is); returns the count and when it opened. */
async function increment(db: Db, key: string, windowMs: number, now: Date): Promise<{ count: number; opened: Date }> {
  const open = { key, windowStart: { gt: new Date(now.getTime() - windowMs) } };
  const { count: updated } = await db.rateLimitBucket.updateMany({ where: open, data: { count: { increment: 1 } } });
  if (updated === 0) {
    try {
      await db.rateLimitBucket.create({ data: { key, windowStart: now, count: 1 } });
      await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - KEEP_BUCKETS_MS) } } });
      return { count: 1, opened: now };
    } catch (error) {
      // Another process opened the same window in the same millisecond: count in it instead.
      if (!isUniqueViolation(error)) throw error;
      return increment(db, key, windowMs, now);
    }
  }
  const bucket = await db.rateLimitBucket.findFirstOrThrow({ where: open, orderBy: { windowStart: "asc" } });
  return { count: bucket.count, opened: bucket.windowStart };
}

/**
 * Counts this request against every limit; returns the seconds to wait when one is exceeded, or 0.
 * Refused requests count too, so a client that keeps trying stays refused until the window ends.
 */
export async function consumeRateLimits(db: Db, limits: readonly RateLimit[], now = new Date()): Promise<number> {
  let wait = 0;
  for (const { key, limit, windowMs } of limits) {
    const { count, opened } = await increment(db, key, windowMs, now);
    if (count > limit) wait = Math.max(wait, Math.ceil((opened.getTime() + windowMs - now.getTime()) / 1000));
  }
  return wait;
}

/** Throws a 429 problem with Retry-After when any limit is exceeded. */
export async function enforceRateLimits(db: Db, res: Response, limits: readonly RateLimit[]): Promise<void> {
  const wait = await consumeRateLimits(db, limits);
  if (wait === 0) return;
  res.set("Retry-After", String(wait));
  const minutes = Math.max(1, Math.ceil(wait / 60));
  throw new AppError(429, "rate-limited", "Zbyt wiele prób", `Zbyt wiele prób. Spróbuj ponownie za ${minutes} min.`);
}
