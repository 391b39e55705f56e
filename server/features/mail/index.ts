// The mail: messages queued in the outbox (MailMessage) inside the transaction of what they report,
// and the worker that sends them through SMTP (or writes them to the log without SMTP_URL).
import type { Env } from "@server/lib/env.ts";
export { composeMail, type MailContent, type MailLanguage } from "./compose.ts";
export { insertMail, type NewMail } from "./repository.ts";
export { logTransport, smtpTransport, type MailTransport, type OutgoingMail } from "./transport.ts";
export { deliverDueMail, retryDelay, startMailWorker, type MailWorker, type MailWorkerOptions } from "./worker.ts";

/** An absolute link into the app, from PUBLIC_BASE_URL (http://localhost:PORT when unset). */
export function publicUrl(env: Pick<Env, "PUBLIC_BASE_URL" | "PORT">, pathAndQuery: string): string {
  const base = env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`;
  return base.replace(/\/+$/, "") + pathAndQuery;
}
