import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Db, DbTx } from "@server/lib/db.ts";

/** A session ends after 8 hours without a request, and 7 days after sign-in at the latest. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
// lastSeenAt is written at most once a minute: a request does not have to be a write.
const TOUCH_EVERY_MS = 60 * 1000;

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** The database keeps only the hash of the cookie's token. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The CSRF token of a session, derived from the session's secret token: the server needs no copy,
 * and a script on another site can neither read the cookie nor compute this.
 */
export function csrfTokenOf(token: string): string {
  return createHmac("sha256", token).update("csrf").digest("base64url");
}

export function isSessionToken(value: string): boolean {
  return TOKEN_FORMAT.test(value);
}

export function sessionExpiry(createdAt: Date, lastSeenAt: Date): Date {
  return new Date(Math.min(lastSeenAt.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_MAX_MS));
}

/** Starts a session; the token goes into the cookie and nowhere else. */
export async function createSession(db: DbTx, userId: string, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: { id: sessionIdOf(token), userId, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiry(now, now) },
  });
  return { token, csrfToken: csrfTokenOf(token) };
}

const sessionInclude = {
  user: {
    select: {
      id: true, email: true, name: true, role: true, disabled: true,
      memberships: { select: { organisationId: true } },
    },
  },
} as const;

/** The live session of a token with its user, or null (ended sessions are deleted on the way). */
export async function findLiveSession(db: Db, token: string, now = new Date()) {
  if (!isSessionToken(token)) return null;
  const id = sessionIdOf(token);
  const session = await db.session.findUnique({ where: { id }, include: sessionInclude });
  if (!session) return null;
  const ended = now.getTime() >= sessionExpiry(session.createdAt, session.lastSeenAt).getTime();
  if (ended || session.user.disabled) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.session.updateMany({
      where: { id },
      data: { lastSeenAt: now, expiresAt: sessionExpiry(session.createdAt, now) },
    });
  }
  return session;
}

export async function deleteSession(db: DbTx, id: string): Promise<void> {
  await db.session.deleteMany({ where: { id } });
}

/** Sessions past their end are useless: dropped whenever someone signs in. */
export async function deleteEndedSessions(db: DbTx, now = new Date()): Promise<void> {
  await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
}
