import { hostname } from "node:os";
import type { Db } from "@server/lib/db.ts";
import { composeMail } from "./compose.ts";
import { claimDueMail, insertMail, markDelivered, markFailedAttempt, membersToMail, takeNotification, undeliveredNotifications } from "./repository.ts";
import { isPermanentFailure, type MailTransport } from "./transport.ts";

export interface MailWorkerOptions {
  /** Messages claimed at once. */
  batchSize?: number;
  /** How long a claim holds: a worker that dies leaves its messages to others after this. */
  leaseMs?: number;
  /** The first retry waits this long, each next one twice as long, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Attempts before a message is given up. */
  maxAttempts?: number;
  /** How often the queue is looked at. */
  pollMs?: number;
}

const DEFAULTS: Required<MailWorkerOptions> = {
  batchSize: 20, leaseMs: 5 * 60_000, baseDelayMs: 60_000, maxDelayMs: 6 * 60 * 60_000, maxAttempts: 10, pollMs: 5_000,
};
const DAY_MS = 24 * 60 * 60_000;

export interface DeliveryReport {
  delivered: number;
  retried: number;
  failed: number;
}

/** When the attempt after `attempts` failed ones is due: exponential backoff, capped. */
export function retryDelay(attempts: number, options: Pick<Required<MailWorkerOptions>, "baseDelayMs" | "maxDelayMs">): number {
  return Math.min(options.baseDelayMs * 2 ** Math.max(0, attempts - 1), options.maxDelayMs);
}

/** Queues a mail to each member for the organisation messages written in the last 3 days and not yet mailed. */
async function queueNotifications(db: Db, now: Date, batch: number): Promise<void> {
  for (const n of await undeliveredNotifications(db, new Date(now.getTime() - 3 * DAY_MS), batch)) {
    await db.$transaction(async (tx) => {
      if (!(await takeNotification(tx, n.id, now))) return;
      for (const member of await membersToMail(tx, n.organisationId)) {
        // The message was written in Polish, at the change it reports.
        const mail = composeMail({ subject: n.subject, paragraphs: [n.body, "Wiadomość jest też w serwisie, w zakładce „Wiadomości”."] }, "pl");
        await insertMail(tx, { to: member.email, kind: n.kind, notificationId: n.id, ...mail });
      }
    });
  }
}

/** One round: the due messages are claimed, sent one by one, and marked delivered or scheduled again. */
export async function deliverDueMail(db: Db, transport: MailTransport, log: (m: string, e?: unknown) => void,
  options: MailWorkerOptions = {}, now = new Date()): Promise<DeliveryReport> {
  const o = { ...DEFAULTS, ...options };
  await queueNotifications(db, now, o.batchSize);
  const report: DeliveryReport = { delivered: 0, retried: 0, failed: 0 };
  const { claim, messages } = await claimDueMail(db, now, o.leaseMs, o.batchSize);
  if (!claim) return report;
  for (const m of messages) {
    try {
      await transport.send(m);
      await markDelivered(db, m.id, claim, new Date());
      report.delivered += 1;
    } catch (error) {
      const attempts = m.attempts + 1;
      const giveUp = isPermanentFailure(error) || attempts >= o.maxAttempts;
      const reason = error instanceof Error ? error.message : String(error);
      const retryAt = giveUp ? null : new Date(Date.now() + retryDelay(attempts, o));
      await markFailedAttempt(db, m.id, claim, reason, retryAt, new Date());
      if (giveUp) {
        report.failed += 1;
        log(`Mail ${m.id} to ${m.to} given up after ${attempts} attempt(s): ${reason}`);
      } else {
        report.retried += 1;
        log(`Mail ${m.id} to ${m.to} not sent (attempt ${attempts}), next at ${retryAt!.toISOString()}: ${reason}`);
      }
    }
  }
  return report;
}

export interface MailWorker {
  /** Runs a round now (and returns when it is done), e.g. right after a message was queued. */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

/** Looks at the queue every pollMs, one round at a time; an error is logged and the next round tries again. */
export function startMailWorker(db: Db, transport: MailTransport, log: (m: string, e?: unknown) => void,
  options: MailWorkerOptions = {}): MailWorker {
  const pollMs = options.pollMs ?? DEFAULTS.pollMs;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const round = () => {
    running = running.then(() => (stopped ? undefined : deliverDueMail(db, transport, log, options).then(
      () => undefined,
      (error: unknown) => log(`The mail worker on ${hostname()} failed a round; it tries again in ${pollMs} ms.`, error),
    )));
    return running;
  };
  const timer = setInterval(() => void round(), pollMs);
  timer.unref();
  void round();
  return {
    runNow: round,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
