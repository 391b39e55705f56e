import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccountWithInvitation } from "@server/features/auth/index.ts";
import { deliverDueMail, smtpTransport, type MailTransport } from "@server/features/mail/index.ts";
import { seedPolicy } from "@tests/support/applications.ts";
import { signIn, signedInStaff } from "@tests/support/auth.ts";
import { applicationBody, createOrganisation, createPremisesId, createUser, TEST_PASSWORD } from "@tests/support/factories.ts";
import { linkIn, startSmtp, type TestSmtp } from "@tests/support/smtp.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

const BASE = "https://lokale.example.pl";
const NEW_PASSWORD = "Sowa-Nad-Wisla-Czyta-Mapy";
let t: TestApp;
let smtp: TestSmtp;
let transport: MailTransport;
let sequence = 0;
const address = () => `osoba-${(sequence += 1)}@example.pl`;

/** What the running server's worker does every few seconds, now: the queued mail goes to the test SMTP server. */
const sendMail = () => deliverDueMail(t.db, transport, () => {});

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_BASE_URL: BASE });
  smtp = await startSmtp();
  transport = smtpTransport(smtp.url, "Lokale Kraków <no-reply@lokale.example.pl>");
  await seedPolicy(t);
});
afterAll(async () => {
  transport.close();
  await smtp.close();
  await t.close();
});

async function register(email: string, language?: "pl" | "en") {
  const agent = request.agent(t.app);
  const res = await agent.post("/api/auth/register").send({ email, password: TEST_PASSWORD, name: "Ewa Lis", ...(language ? { language } : {}) }).expect(201);
  const token = res.body.csrfToken as string;
  return { agent, body: res.body, call: (method: "get" | "post", url: string) => agent[method](url).set("X-CSRF-Token", token) };
}

describe("e-mail confirmation of a self-registered applicant", () => {
  it("an unconfirmed applicant signs in but cannot submit an application until the mailed link is followed", async () => {
    const email = address();
    const applicant = await register(email);
    expect(applicant.body.user.emailConfirmed).toBe(false);
    const organisation = await createOrganisation(t.db, { id: applicant.body.user.id }, {}, "verified");
    const draft = await applicant.call("post", "/api/applications").send(applicationBody(organisation.id, await createPremisesId(t.db))).expect(201);

    const refused = await applicant.call("post", `/api/applications/${draft.body.id}/submit`).expect(403);
    expect(refused.type).toBe("application/problem+json");
    expect(refused.body.type).toMatch(/\/email-unconfirmed$/);
    expect(refused.body.detail).toContain("potwierdź adres e-mail");

    await sendMail();
    const mail = await smtp.waitFor(email, /Potwierdź adres e-mail/);
    expect(mail.html).toContain("<a href=\"https://lokale.example.pl/confirm-email?token=");
    const link = linkIn(mail, "/confirm-email");
    expect(link.origin).toBe(BASE);
    await request(t.app).post("/api/auth/confirm-email").send({ token: link.searchParams.get("token") }).expect(204);

    expect((await applicant.call("get", "/api/auth/me").expect(200)).body.user.emailConfirmed).toBe(true);
    await applicant.call("post", `/api/applications/${draft.body.id}/submit`).expect(200);
    // Single use: the same link again is refused with the reason at the token.
    const again = await request(t.app).post("/api/auth/confirm-email").send({ token: link.searchParams.get("token") }).expect(400);
    expect(again.body.errors[0]).toMatchObject({ field: "token", code: "token.expired" });
  }, 60_000);

  it("resending mails a new link, and only the newest works; an account that chose English gets English", async () => {
    const email = address();
    const applicant = await register(email, "en");
    await applicant.call("post", "/api/auth/confirm-email/resend").expect(202);
    await sendMail();
    const first = await smtp.waitFor(email, /Confirm your e-mail address/);
    const second = await smtp.waitFor(email, /Confirm your e-mail address/);
    expect(first.text).toContain("The link works for 7 days");
    await request(t.app).post("/api/auth/confirm-email").send({ token: linkIn(first, "/confirm-email").searchParams.get("token") }).expect(400);
    await request(t.app).post("/api/auth/confirm-email").send({ token: linkIn(second, "/confirm-email").searchParams.get("token") }).expect(204);
  }, 60_000);

  it("accounts created by the seed, the factories and the staff start confirmed", async () => {
    const user = await createUser(t.db);
    expect((await signIn(t.app, user)).user.emailConfirmed).toBe(true);
  }, 30_000);
});

describe("password reset by a mailed link", () => {
  it("answers the same for an address with and without an account, and mails only the account", async () => {
    const user = await createUser(t.db);
    const known = await request(t.app).post("/api/auth/password-reset").send({ email: user.email });
    const unknown = await request(t.app).post("/api/auth/password-reset").send({ email: "nikt-taki@example.pl" });
    expect([known.status, known.text]).toEqual([unknown.status, unknown.text]);
    expect(known.status).toBe(202);
    await sendMail();
    await smtp.waitFor(user.email, /Ustaw nowe hasło/);
    expect(smtp.received.some((m) => m.to === "nikt-taki@example.pl")).toBe(false);
  }, 60_000);

  it("the link sets a new password once, ends every session, and the old password stops working", async () => {
    const user = await createUser(t.db);
    const session = await signIn(t.app, user);
    await request(t.app).post("/api/auth/password-reset").send({ email: user.email }).expect(202);
    await sendMail();
    const mail = await smtp.waitFor(user.email, /Ustaw nowe hasło/);
    expect(mail.text).toContain("Link działa przez godzinę");
    const token = linkIn(mail, "/reset-password").searchParams.get("token");

    const weak = await request(t.app).post("/api/auth/password-reset/complete").send({ token, password: user.email }).expect(400);
    expect(weak.body.errors[0]).toMatchObject({ field: "password", code: "password.weak" });
    await request(t.app).post("/api/auth/password-reset/complete").send({ token, password: NEW_PASSWORD }).expect(204);

    expect((await session.call("get", "/api/auth/me").expect(200)).body.user).toBeNull();
    await request(t.app).post("/api/auth/login").send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await request(t.app).post("/api/auth/login").send({ email: user.email, password: NEW_PASSWORD }).expect(200);
    await request(t.app).post("/api/auth/password-reset/complete").send({ token, password: "Inne-Haslo-Zupelnie-Nowe-77" }).expect(400);
  }, 60_000);

  it("an expired link is refused", async () => {
    const user = await createUser(t.db);
    await request(t.app).post("/api/auth/password-reset").send({ email: user.email }).expect(202);
    await sendMail();
    const token = linkIn(await smtp.waitFor(user.email, /Ustaw nowe hasło/), "/reset-password").searchParams.get("token");
    await t.db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await request(t.app).post("/api/auth/password-reset/complete").send({ token, password: NEW_PASSWORD }).expect(400);
  }, 60_000);

  it("is limited to 5 requests an hour per e-mail address, whether or not it has an account", async () => {
    const email = address();
    for (let i = 0; i < 5; i += 1) await request(t.app).post("/api/auth/password-reset").send({ email }).expect(202);
    const limited = await request(t.app).post("/api/auth/password-reset").send({ email }).expect(429);
    expect(limited.headers["retry-after"]).toBeDefined();
  });
});

describe("password change while signed in", () => {
  it("asks for the current password, then ends the other sessions but not this one", async () => {
    const user = await createUser(t.db);
    const here = await signIn(t.app, user);
    const elsewhere = await signIn(t.app, user);
    const wrong = await here.call("post", "/api/auth/password").send({ currentPassword: "nie-to-haslo", newPassword: NEW_PASSWORD }).expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: "currentPassword", code: "currentPassword.wrong" });
    await here.call("post", "/api/auth/password").send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }).expect(204);
    expect((await here.call("get", "/api/auth/me")).body.user.email).toBe(user.email);
    expect((await elsewhere.call("get", "/api/auth/me")).body.user).toBeNull();
    await request(t.app).post("/api/auth/login").send({ email: user.email, password: NEW_PASSWORD }).expect(200);
    await sendMail();
    await smtp.waitFor(user.email, /Hasło zostało zmienione/);
  }, 60_000);
});

describe("an officer created by an admin", () => {
  it("receives an invitation link to set the password, and cannot sign in before", async () => {
    const admin = await signedInStaff(t, "admin");
    const email = address();
    await createStaffAccountWithInvitation({ db: t.db, env: { PUBLIC_BASE_URL: BASE, PORT: 3000 } }, { email, name: "Jan Urzędnik", role: "officer" }, null);
    expect(admin.user.role).toBe("admin");
    await sendMail();
    const mail = await smtp.waitFor(email, /Zaproszenie/);
    expect(mail.text).toContain("rola: urzędnik");
    const token = linkIn(mail, "/set-password").searchParams.get("token");
    await request(t.app).post("/api/auth/password-reset/complete").send({ token, password: NEW_PASSWORD }).expect(204);
    const officer = await signIn(t.app, { email, password: NEW_PASSWORD });
    expect(officer.user).toMatchObject({ role: "officer", emailConfirmed: true });
  }, 60_000);
});
