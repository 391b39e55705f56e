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

/** A request counted in a key's window: what `refundRateLimits` takes back. */
export interface CountedRequest {
  key: string;
  windowStart: Date;
}

/**
 * Counts one request in the key's open window (opening one if none is); returns the count and when it
 * opened. Opening a window also deletes every window that has ended, so the table holds only the
 * windows still open: its size is bounded by the requests of the longest window, not by uptime.
 */
async function increment(db: Db, key: string, windowMs: number, now: Date): Promise<{ count: number; opened: Date }> {
  const open = { key, expiresAt: { gt: now } };
  const { count: updated } = await db.rateLimitBucket.updateMany({ where: open, data: { count: { increment: 1 } } });
  if (updated === 0) {
    try {
      await db.rateLimitBucket.create({ data: { key, windowStart: now, expiresAt: new Date(now.getTime() + windowMs), count: 1 } });
      await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lte: now } } });
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
 * Counts this request against every limit; returns the seconds to wait when one is exceeded (else 0)
 * and the windows it was counted in. Refused requests count too, so a client that keeps trying stays
 * refused until the window ends.
 */
export async function consumeRateLimits(
  db: Db, limits: readonly RateLimit[], now = new Date(),
): Promise<{ wait: number; counted: CountedRequest[] }> {
  let wait = 0;
  const counted: CountedRequest[] = [];
  for (const { key, limit, windowMs } of limits) {
    const { count, opened } = await increment(db, key, windowMs, now);
    counted.push({ key, windowStart: opened });
    if (count > limit) wait = Math.max(wait, Math.ceil((opened.getTime() + windowMs - now.getTime()) / 1000));
  }
  return { wait, counted };
}

/**
 * Takes back requests that turned out not to count (a successful sign-in). Counting first and taking
 * back after keeps requests in flight counted, so parallel attempts cannot all slip under a limit.
 */
export async function refundRateLimits(db: Db, counted: readonly CountedRequest[]): Promise<void> {
  for (const { key, windowStart } of counted) {
    await db.rateLimitBucket.updateMany({ where: { key, windowStart, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
  }
}

/** Throws a 429 problem with Retry-After when any limit is exceeded; else returns what was counted. */
export async function enforceRateLimits(db: Db, res: Response, limits: readonly RateLimit[]): Promise<CountedRequest[]> {
  const { wait, counted } = await consumeRateLimits(db, limits);
  if (wait === 0) return counted;
  res.set("Retry-After", String(wait));
  const minutes = Math.max(1, Math.ceil(wait / 60));
  throw new AppError(429, "rate-limited", "Zbyt wiele prób", `Zbyt wiele prób. Spróbuj ponownie za ${minutes} min.`);
}
