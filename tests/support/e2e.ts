import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import request from "supertest";
import { afterAll, beforeAll } from "vitest";
import { DEMO_PASSWORD } from "@server/features/organisations/seed.ts";
import { launchBrowser, startServer, type TestServer } from "./browser.ts";
import { textCheckedContext } from "./missing-texts.ts";

export interface BrowserApp {
  /** The built app on a fresh database of its own, with the Kraków demo data. */
  readonly server: TestServer;
  readonly browser: Browser;
  /** A browser context of its own (its own cookies) that fails the test on a missing text; closed after the file. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page of its own context, signed in through the sign-in form as a demo account. */
  signedInPage(email: string, options?: BrowserContextOptions): Promise<Page>;
  /** The API as a demo account, for the parts of a story the browser does not play. */
  apiAs(email: string): Promise<ApiSession>;
}

export interface ApiSession {
  agent: ReturnType<typeof request.agent>;
  body: { organisations: { id: string }[] };
  /** A state-changing request with the session's CSRF header. */
  post: (url: string) => request.Test;
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

/** One app and one Chromium for a test file: started before its tests, closed after them. */
export function browserApp(): BrowserApp {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("browserApp() is used before its beforeAll ran");
    return value;
  };
  const newContext = async (options?: BrowserContextOptions) => {
    const context = await textCheckedContext(started(browser), options);
    contexts.push(context);
    return context;
  };
  return {
    get server() { return started(server); },
    get browser() { return started(browser); },
    newContext,
    async signedInPage(email, options = DESKTOP) {
      const page = await (await newContext(options)).newPage();
      await page.goto(`${started(server).baseUrl}/sign-in`);
      await page.getByLabel("Adres e-mail").fill(email);
      await page.getByLabel("Hasło").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Zaloguj się" }).click();
      await page.locator(".account-menu__sign-out").waitFor({ timeout: 30_000 });
      return page;
    },
    async apiAs(email) {
      const agent = request.agent(started(server).baseUrl);
      const res = await agent.post("/api/auth/login").send({ email, password: DEMO_PASSWORD }).expect(200);
      const token = res.body.csrfToken as string;
      return { agent, body: res.body as ApiSession["body"], post: (url: string) => agent.post(url).set("X-CSRF-Token", token) };
    },
  };
}
