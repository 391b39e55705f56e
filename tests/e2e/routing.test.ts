import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startServer, type TestServer } from "@tests/support/browser.ts";
import { textCheckedContext } from "@tests/support/missing-texts.ts";

const SLOW = 90_000;
const WAIT = { timeout: 30_000 };
const MARKER = ".premises-marker, .premises-cluster, .leaflet-marker-icon";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await textCheckedContext(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** A page that records what the page reports as an error (a crash, a missing text); blocked map tiles aside. */
async function open(path: string, setUp?: (page: Page) => Promise<unknown>): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  await setUp?.(page);
  await page.goto(server.baseUrl + path);
  return { page, errors };
}

describe("routing in the shell", () => {
  it("goes from the catalogue to a premises and back; the new page's heading takes the focus", async () => {
    const { page, errors } = await open("/");
    await page.locator(MARKER).first().waitFor(WAIT);
    const link = page.locator(".results a[href^='/premises/']").first();
    const href = (await link.getAttribute("href")) ?? "";
    await link.click();
    await page.waitForURL(`**${href}`, WAIT);
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor(WAIT);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), WAIT).toBe("H1");
    await page.goBack();
    await page.locator(MARKER).first().waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);

  it("shows the not-found page, in the shell, for an unknown address", async () => {
    const { page, errors } = await open("/no-such-page");
    await page.getByRole("heading", { level: 1, name: "Nie znaleziono strony" }).waitFor(WAIT);
    expect(await page.locator(".site-header").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);

  it("shows the crash page when a page cannot load, keeps the shell, and leaves it on the next navigation", async () => {
    // The sign-in page's code cannot be fetched (a dropped connection, a deployment in between).
    const { page } = await open("/", (p) => p.route(/\/assets\/pages-[^/]*\.js$/, (r) => r.abort()));
    await page.locator(MARKER).first().waitFor(WAIT);
    await page.locator("a[href='/sign-in']").first().click();
    const alert = page.getByRole("alert").filter({ hasText: "Coś poszło nie tak" });
    await alert.waitFor(WAIT);
    expect(await page.locator(".site-header").count()).toBe(1);
    await alert.getByRole("link").click();
    await page.locator(MARKER).first().waitFor(WAIT);
    expect(await alert.count()).toBe(0);
    await page.close();
  }, SLOW);
});

describe("the first requests", () => {
  it("asks for the config and the session once each, from index.html, and request() takes those answers", async () => {
    const asked: string[] = [];
    const { page, errors } = await open("/", (p) => {
      return Promise.resolve(p.on("request", (r) => { if (/\/api\/(config|auth\/me)$/.test(new URL(r.url()).pathname)) asked.push(new URL(r.url()).pathname); }));
    });
    await page.locator(MARKER).first().waitFor(WAIT);
    expect(asked.sort()).toEqual(["/api/auth/me", "/api/config"]);
    // Both were handed to request() (early-responses.ts), none is left waiting.
    expect(await page.evaluate(() => Object.values((window as { earlyResponses?: object }).earlyResponses ?? {}).filter(Boolean).length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, SLOW);
});
