import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeMail, deliverDueMail, insertMail, logTransport, retryDelay, smtpTransport, type MailTransport } from "@server/features/mail/index.ts";
import { createDb, type Db } from "@server/lib/db.ts";
import { createOrganisation, createUser } from "@tests/support/factories.ts";
import { startSmtp, type TestSmtp } from "@tests/support/smtp.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;
let smtp: TestSmtp;
let transport: MailTransport;
const noLog = () => {};

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startSmtp();
  transport = smtpTransport(smtp.url, "Lokale Kraków <no-reply@lokale.example.pl>");
});
afterAll(async () => {
  transport.close();
  await smtp.close();
  await t.close();
});

async function queue(db: Db, to: string, subject: string) {
  await insertMail(db, { to, kind: "test", ...composeMail({ subject, paragraphs: ["Treść <b>z</b> & znakami: zażółć gęślą jaźń."] }, "pl") });
}

describe("the mail worker", () => {
  it("two instances on one database racing over 30 messages send each exactly once", async () => {
    for (let i = 0; i < 30; i += 1) await queue(t.db, `wyscig-${i}@example.pl`, `Wyścig ${i}`);
    // The second instance: its own connection to the same database file, as a second process has.
    const other = createDb(t.databaseUrl);
    const otherTransport = smtpTransport(smtp.url, "Lokale Kraków <no-reply@lokale.example.pl>");
    try {
      const options = { batchSize: 5 };
      const rounds = async (db: Db, via: MailTransport) => {
        let delivered = 0;
        for (let i = 0; i < 10; i += 1) delivered += (await deliverDueMail(db, via, noLog, options)).delivered;
        return delivered;
      };
      const [a, b] = await Promise.all([rounds(t.db, transport), rounds(other, otherTransport)]);
      expect(a + b).toBe(30);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
    } finally {
      otherTransport.close();
      await other.$disconnect();
    }
    const raced = smtp.received.filter((m) => m.subject.startsWith("Wyścig"));
    expect(raced).toHaveLength(30);
    expect(new Set(raced.map((m) => m.to)).size).toBe(30);
    expect(await t.db.mailMessage.count({ where: { kind: "test", deliveredAt: null } })).toBe(0);
    const one = raced.find((m) => m.to === "wyscig-0@example.pl")!;
    expect(one.text).toContain("Treść <b>z</b> & znakami: zażółć gęślą jaźń.");
    expect(one.html).toContain("Treść &lt;b&gt;z&lt;/b&gt; &amp; znakami");
  }, 60_000);

  it("retries a message the server refused for a while (451), with growing delays, then marks it delivered", async () => {
    await queue(t.db, "ponow@example.pl", "Ponowienie");
    smtp.failNext(2);
    const options = { baseDelayMs: 1_000 };
    const first = await deliverDueMail(t.db, transport, noLog, options);
    expect(first).toEqual({ delivered: 0, retried: 1, failed: 0 });
    const afterOne = await t.db.mailMessage.findFirstOrThrow({ where: { to: "ponow@example.pl" } });
    expect(afterOne).toMatchObject({ attempts: 1, deliveredAt: null, claimedBy: null });
    expect(afterOne.lastError).toContain("451");
    // Not due yet: nothing happens before the backoff has passed.
    expect(await deliverDueMail(t.db, transport, noLog, options)).toEqual({ delivered: 0, retried: 0, failed: 0 });
    const later = (ms: number) => new Date(Date.now() + ms);
    expect((await deliverDueMail(t.db, transport, noLog, options, later(1_100))).retried).toBe(1);
    const afterTwo = await t.db.mailMessage.findFirstOrThrow({ where: { to: "ponow@example.pl" } });
    expect(afterTwo.nextAttemptAt.getTime() - afterOne.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(900);
    expect((await deliverDueMail(t.db, transport, noLog, options, later(3_000))).delivered).toBe(1);
    expect(smtp.refused).toBe(2);
    expect(smtp.received.filter((m) => m.to === "ponow@example.pl")).toHaveLength(1);
    const done = await t.db.mailMessage.findFirstOrThrow({ where: { to: "ponow@example.pl" } });
    expect(done.deliveredAt).not.toBeNull();
    expect(done.attempts).toBe(3);
  }, 60_000);

  it("waits twice as long after each failure, at most 6 hours by default", () => {
    const o = { baseDelayMs: 60_000, maxDelayMs: 6 * 3_600_000 };
    expect([1, 2, 3, 4].map((n) => retryDelay(n, o))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelay(20, o)).toBe(6 * 3_600_000);
  });

  it("a message claimed by an instance that died is sent by another once the claim has lapsed", async () => {
    await queue(t.db, "porzucona@example.pl", "Porzucona");
    await t.db.mailMessage.updateMany({ where: { to: "porzucona@example.pl" }, data: { claimedBy: "dead", claimedUntil: new Date(Date.now() + 60_000) } });
    expect((await deliverDueMail(t.db, transport, noLog)).delivered).toBe(0);
    expect((await deliverDueMail(t.db, transport, noLog, {}, new Date(Date.now() + 61_000))).delivered).toBe(1);
  }, 30_000);

  it("mails an organisation's message to each of its members once, however many instances look", async () => {
    const [anna, piotr] = [await createUser(t.db, { email: "anna.czlonek@example.pl" }), await createUser(t.db, { email: "piotr.czlonek@example.pl" })];
    const organisation = await createOrganisation(t.db, anna, {}, "verified");
    await t.db.membership.create({ data: { organisationId: organisation.id, userId: piotr.id } });
    await t.db.notification.create({ data: { organisationId: organisation.id, kind: "application-submitted", subject: "Wniosek WN/1 został złożony", body: "Wniosek wpłynął do urzędu." } });
    await Promise.all([deliverDueMail(t.db, transport, noLog), deliverDueMail(t.db, transport, noLog)]);
    await deliverDueMail(t.db, transport, noLog);
    const sent = smtp.received.filter((m) => m.subject === "Wniosek WN/1 został złożony");
    expect(sent.map((m) => m.to).sort()).toEqual(["anna.czlonek@example.pl", "piotr.czlonek@example.pl"]);
    expect(sent[0]!.text).toContain("Wniosek wpłynął do urzędu.");
    expect(await t.db.notification.count({ where: { organisationId: organisation.id, deliveredAt: null } })).toBe(0);
  }, 30_000);

  it("without SMTP_URL writes the message to the log and marks it delivered", async () => {
    await queue(t.db, "log@example.pl", "Do dziennika");
    const lines: string[] = [];
    const report = await deliverDueMail(t.db, logTransport((m) => lines.push(m)), noLog);
    expect(report.delivered).toBe(1);
    expect(lines.join("\n")).toContain("log@example.pl: Do dziennika");
  });
});
