import { createServer, type AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport, startMailWorker, type MailWorker } from "@server/features/mail/index.ts";
import { seedDemoData } from "@server/seed.ts";
import { launchBrowser, runAxe } from "@tests/support/browser.ts";
import { createUser, TEST_PASSWORD } from "@tests/support/factories.ts";
import { textCheckedContext } from "@tests/support/missing-texts.ts";
import { linkIn, startSmtp, type TestSmtp } from "@tests/support/smtp.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

const SLOW = 180_000;
const WAIT = { timeout: 60_000 };
const NEW_PASSWORD = "Sowa-Nad-Wisla-Czyta-Mapy";

/** A free port, so that the app's PUBLIC_BASE_URL (the links in its mail) is where it listens. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let baseUrl: string;
let t: TestApp;
let smtp: TestSmtp;
let worker: MailWorker;
let browser: Browser;
let closeServer: () => Promise<void>;

// The built app on the demo data, its mail worker sending to a real SMTP server in this process.
beforeAll(async () => {
  smtp = await startSmtp();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  t = await createTestApp({ PUBLIC_BASE_URL: baseUrl });
  await seedDemoData(t.db, () => {});
  const server = t.app.listen(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => { server.once("listening", resolve); server.once("error", reject); });
  closeServer = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  worker = startMailWorker(t.db, smtpTransport(smtp.url, "Lokale Kraków <no-reply@lokale.example.pl>"), () => {}, { pollMs: 200 });
  browser = await launchBrowser();
}, SLOW);
afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await closeServer?.();
  await smtp?.close();
  await t?.close();
});

async function newPage(): Promise<Page> {
  return (await textCheckedContext(browser, { viewport: { width: 1366, height: 900 } })).newPage();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
}

describe("a user who forgot the password sets a new one through the mailed link", () => {
  it("asks on the sign-in page, follows the link from the mail, and only the new password works", async () => {
    const user = await createUser(t.db, { email: "ewa.zapominalska@example.pl", name: "Ewa Zapominalska" });
    const page = await newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole("link", { name: "Nie pamiętasz hasła?" }).click();
    await page.getByRole("heading", { name: "Nie pamiętasz hasła?" }).waitFor(WAIT);
    expect(await runAxe(page)).toEqual([]);
    await page.getByLabel("Adres e-mail").fill(user.email);
    await page.getByRole("button", { name: "Wyślij link" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: `Jeśli konto z adresem ${user.email} istnieje` }).count(), WAIT).toBe(1);

    const mail = await smtp.waitFor(user.email, /Ustaw nowe hasło/, 30_000);
    expect(mail.text).toContain("Dzień dobry, Ewa Zapominalska");
    const link = linkIn(mail, "/reset-password");
    expect(link.origin).toBe(baseUrl);

    await page.goto(link.href);
    await page.getByRole("heading", { name: "Ustaw nowe hasło" }).waitFor(WAIT);
    expect(await runAxe(page)).toEqual([]);
    // A weak password is refused at its field, and the link stays usable.
    await page.getByLabel("Nowe hasło").fill(user.email);
    await page.getByRole("button", { name: "Ustaw hasło" }).click();
    await expect.poll(() => page.getByText("Hasło jest zbyt łatwe do odgadnięcia").count(), WAIT).toBeGreaterThan(0);
    await page.getByLabel("Nowe hasło").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Ustaw hasło" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Hasło zostało ustawione" }).count(), WAIT).toBe(1);
    expect(await runAxe(page)).toEqual([]);

    await signIn(page, user.email, TEST_PASSWORD);
    await expect.poll(() => page.getByText("Nieprawidłowy e-mail lub hasło").count(), WAIT).toBeGreaterThan(0);
    await signIn(page, user.email, NEW_PASSWORD);
    await page.locator(".account-menu__sign-out").waitFor(WAIT);

    // The account page (change of password) is accessible too.
    await page.getByRole("link", { name: "Moje konto" }).click();
    await page.getByRole("heading", { name: "Zmiana hasła" }).waitFor(WAIT);
    expect(await runAxe(page)).toEqual([]);
    // The same link a second time is refused.
    await page.goto(link.href);
    await page.getByLabel("Nowe hasło").fill("Inne-Haslo-Zupelnie-Nowe-77");
    await page.getByRole("button", { name: "Ustaw hasło" }).click();
    await expect.poll(() => page.getByText("Ten link wygasł, został już użyty").count(), WAIT).toBeGreaterThan(0);
  }, SLOW);

  it("a new applicant confirms the address with the mailed link; until then the account page says why and offers a new link", async () => {
    const email = "nowa.wnioskodawczyni@example.pl";
    await request(baseUrl).post("/api/auth/register").send({ email, password: TEST_PASSWORD, name: "Nowa Wnioskodawczyni" }).expect(201);
    const mail = await smtp.waitFor(email, /Potwierdź adres e-mail/, 30_000);
    const page = await newPage();
    await signIn(page, email, TEST_PASSWORD);
    await page.locator(".account-menu__sign-out").waitFor(WAIT);
    await page.goto(`${baseUrl}/account`);
    await page.getByRole("heading", { name: "Potwierdź adres e-mail" }).waitFor(WAIT);
    expect(await runAxe(page)).toEqual([]);

    await page.goto(linkIn(mail, "/confirm-email").href);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Adres e-mail został potwierdzony" }).count(), WAIT).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await page.goto(`${baseUrl}/account`);
    await page.getByText("Adres e-mail jest potwierdzony.").waitFor(WAIT);
  }, SLOW);
});
