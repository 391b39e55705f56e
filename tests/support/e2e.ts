import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, startServer, type TestServer } from "./browser.ts";
import { textCheckedContext } from "./missing-texts.ts";

export interface BrowserApp {
  /** The built app on a fresh database of its own, with the Kraków demo data. */
  readonly server: TestServer;
  readonly browser: Browser;
  /** A browser context of its own (its own cookies) that fails the test on a missing text; closed after the file. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

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
  return {
    get server() { return started(server); },
    get browser() { return started(browser); },
    async newContext(options) {
      const context = await textCheckedContext(started(browser), options);
      contexts.push(context);
      return context;
    },
  };
}
