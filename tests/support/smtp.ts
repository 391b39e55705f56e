import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface TestSmtp {
  url: string;
  /** Every message accepted, in order. */
  received: ReceivedMail[];
  /** Refuse the next `count` messages with a temporary error (451), as a busy mail server does. */
  failNext(count: number): void;
  /** Messages refused so far. */
  refused: number;
  /** Waits for a message to `to` (the first not taken yet) whose subject matches, and takes it. */
  waitFor(to: string, subject?: RegExp, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

const addressOf = (mail: ParsedMail) => {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return (to?.value[0]?.address ?? "").toLowerCase();
};

/** A real SMTP server on a free port of 127.0.0.1, in the test process; what it receives is parsed by mailparser. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  let failures = 0;
  const state = { refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        if (failures > 0) {
          failures -= 1;
          state.refused += 1;
          return callback(Object.assign(new Error("4.3.0 Mail server busy, try again later"), { responseCode: 451 }));
        }
        received.push({ to: addressOf(mail), subject: mail.subject ?? "", text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : "" });
        callback();
      }, (error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext: (count) => { failures = count; },
    get refused() { return state.refused; },
    async waitFor(to, subject, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find((m) => !taken.has(m) && m.to === to.toLowerCase() && (!subject || subject.test(m.subject)));
        if (found) {
          taken.add(found);
          return found;
        }
        if (Date.now() > end) throw new Error(`No mail to ${to} within ${timeoutMs} ms; received: ${JSON.stringify(received.map((m) => [m.to, m.subject]))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link of a message leading to `path` (e.g. "/reset-password"), from its plain text. */
export function linkIn(mail: ReceivedMail, path: string): URL {
  const match = mail.text.match(/https?:\/\/\S+/g)?.map((u) => new URL(u)).find((u) => u.pathname === path);
  if (!match) throw new Error(`No ${path} link in: ${mail.text}`);
  return match;
}
