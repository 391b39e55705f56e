import { randomUUID } from "node:crypto";
import type { Db, DbTx } from "@server/lib/db.ts";

export interface NewMail {
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  notificationId?: string;
}

/** Queues a message, inside the caller's transaction: it is sent only if what it reports is committed. */
export async function insertMail(tx: DbTx, mail: NewMail): Promise<void> {
  await tx.mailMessage.create({ data: { ...mail, to: mail.to.toLowerCase() } });
}

const dueWhere = (now: Date) => ({
  deliveredAt: null, failedAt: null, nextAttemptAt: { lte: now },
  OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }],
});

const claimedSelect = { id: true, to: true, subject: true, text: true, html: true, attempts: true } as const;

/**
 * Claims up to `batch` due messages for `leaseMs` and returns them. The claim is one conditional
 * UPDATE (its own transaction) that sets a fresh claim id only on rows still unclaimed: on SQLite
 * writers take turns, on PostgreSQL the second UPDATE re-checks the condition on the locked row
 * and skips it. Either way a row goes to exactly one claimant; the rows returned are those carrying
 * this claim's id. A claimant that dies leaves its rows to be claimed again once the lease ends.
 */
export async function claimDueMail(db: Db, now: Date, leaseMs: number, batch: number) {
  const candidates = await db.mailMessage.findMany({
    where: dueWhere(now), select: { id: true }, orderBy: [{ nextAttemptAt: "asc" }, { createdAt: "asc" }], take: batch,
  });
  if (candidates.length === 0) return { claim: null, messages: [] };
  const claim = randomUUID();
  await db.mailMessage.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, ...dueWhere(now) },
    data: { claimedBy: claim, claimedUntil: new Date(now.getTime() + leaseMs) },
  });
  const messages = await db.mailMessage.findMany({ where: { claimedBy: claim }, select: claimedSelect, orderBy: { createdAt: "asc" } });
  return { claim, messages };
}

export async function markDelivered(db: Db, id: string, claim: string, at: Date): Promise<void> {
  await db.mailMessage.updateMany({
    where: { id, claimedBy: claim },
    data: { deliveredAt: at, claimedBy: null, claimedUntil: null, attempts: { increment: 1 }, lastError: null },
  });
}

/** A failed attempt: tried again at `retryAt`, or given up when `retryAt` is null. */
export async function markFailedAttempt(db: Db, id: string, claim: string, error: string, retryAt: Date | null, at: Date): Promise<void> {
  await db.mailMessage.updateMany({
    where: { id, claimedBy: claim },
    data: {
      claimedBy: null, claimedUntil: null, attempts: { increment: 1 }, lastError: error.slice(0, 1000),
      ...(retryAt ? { nextAttemptAt: retryAt } : { failedAt: at }),
    },
  });
}

/**
 * Organisation messages (the applicants' inbox) not yet handed to the mail queue, newest first, only
 * those written since `since`: a database that had messages before mail was sent does not mail
 * its whole history at the first start.
 */
export function undeliveredNotifications(db: Db, since: Date, batch: number) {
  return db.notification.findMany({
    where: { deliveredAt: null, createdAt: { gte: since } },
    select: { id: true, organisationId: true, kind: true, subject: true, body: true },
    orderBy: { createdAt: "asc" },
    take: batch,
  });
}

/** Marks a notification handed to the queue; false when another instance did it first. */
export async function takeNotification(tx: DbTx, id: string, at: Date): Promise<boolean> {
  const { count } = await tx.notification.updateMany({ where: { id, deliveredAt: null }, data: { deliveredAt: at } });
  return count === 1;
}

/** The active members of an organisation, who receive its messages by mail. */
export async function membersToMail(tx: DbTx, organisationId: string) {
  const rows = await tx.membership.findMany({
    where: { organisationId, user: { disabled: false } },
    select: { user: { select: { email: true, language: true } } },
  });
  return rows.map((r) => r.user);
}
