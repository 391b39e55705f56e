import { execFile } from "node:child_process";
import { promisify } from "node:util";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

const run = promisify(execFile);
let t: TestApp;

beforeAll(async () => { t = await createTestApp(); });
afterAll(() => t.close());

describe("npm run user:create -- --invite", () => {
  it("creates an officer nobody can sign in to yet and queues the mail whose link sets the password", async () => {
    const env = { ...process.env, DATABASE_URL: t.databaseUrl, PASSWORD: "", PUBLIC_BASE_URL: "https://lokale.example.pl", SMTP_URL: "" };
    const { stdout } = await run("node_modules/.bin/tsx", ["server/cli/user-create.ts", "--email", "Jan.Kowal@um.krakow.pl", "--role", "officer", "--name", "Jan Kowal", "--invite"], { env });
    expect(stdout).toContain("Created officer jan.kowal@um.krakow.pl (Jan Kowal); the invitation to set a password is queued");

    const mail = await t.db.mailMessage.findFirstOrThrow({ where: { to: "jan.kowal@um.krakow.pl" } });
    expect(mail.subject).toContain("ustaw hasło");
    const link = new URL(/https:\/\/lokale\.example\.pl\/set-password\?token=\S+/.exec(mail.text)![0]);
    await request(t.app).post("/api/auth/login").send({ email: "jan.kowal@um.krakow.pl", password: "Sowa-Nad-Wisla-Czyta-Mapy" }).expect(401);
    await request(t.app).post("/api/auth/password-reset/complete").send({ token: link.searchParams.get("token"), password: "Sowa-Nad-Wisla-Czyta-Mapy" }).expect(204);
    const signedIn = await request(t.app).post("/api/auth/login").send({ email: "jan.kowal@um.krakow.pl", password: "Sowa-Nad-Wisla-Czyta-Mapy" }).expect(200);
    expect(signedIn.body.user).toMatchObject({ role: "officer", emailConfirmed: true });
  }, 90_000);

  it("refuses --invite for an applicant, who registers at /register", async () => {
    const env = { ...process.env, DATABASE_URL: t.databaseUrl, PASSWORD: "" };
    const failed = await run("node_modules/.bin/tsx", ["server/cli/user-create.ts", "--email", "a@example.pl", "--role", "applicant", "--name", "Ala Nowak", "--invite"], { env })
      .then(() => null, (error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining("--invite is for officers and admins") });
  }, 90_000);
});
