import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where the worker hands a message; throws when it was not accepted. */
export interface MailTransport {
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer: `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`. */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url, { from });
  const { host, port } = new URL(url);
  return {
    description: `SMTP ${host}${port ? `:${port}` : ""}`,
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    },
    close: () => transporter.close(),
  };
}

/** Without a mail server: every message is written to the log instead (development, demonstrations). */
export function logTransport(log: (message: string) => void): MailTransport {
  return {
    description: "the log (SMTP_URL is not set)",
    send(mail) {
      log(`Mail (not sent, SMTP_URL is not set) to ${mail.to}: ${mail.subject}\n${mail.text}`);
      return Promise.resolve();
    },
    close: () => {},
  };
}

/**
 * True when retrying cannot help: the server refused the recipient for good (a 5xx reply to RCPT TO,
 * e.g. no such mailbox). Anything else (connection, timeout, 4xx, a refused login) is retried with
 * backoff, so a mail server misconfigured for an hour loses nothing.
 */
export function isPermanentFailure(error: unknown): boolean {
  const { responseCode, command } = (error ?? {}) as { responseCode?: unknown; command?: unknown };
  return typeof responseCode === "number" && responseCode >= 500 && typeof command === "string" && command.startsWith("RCPT");
}
