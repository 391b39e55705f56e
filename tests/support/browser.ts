import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { seedDemoData } from "@server/seed.ts";
import { createTestApp } from "./test-app.ts";

const require = createRequire(import.meta.url);

/** Debian's Chromium, with everything that would reach the network on its own turned off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

const isLocal = (url: string) => {
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost";
};

/**
 * A browser context that may only talk to this machine: map tiles and anything else from the
 * internet are aborted, so no test depends on (or leaks to) the network.
 */
export async function localContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "pl-PL", timezoneId: "Europe/Warsaw", ...options });
  await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.fallback() : route.abort("blockedbyclient")));
  return context;
}

export interface TestServer {
  baseUrl: string;
  close: () => Promise<void>;
}

/**
 * The real app with the built client (dist/client, built by the test command) on a fresh database
 * holding the Kraków demo data, listening on a free port of 127.0.0.1.
 */
export async function startServer(): Promise<TestServer> {
  const testApp = await createTestApp();
  await seedDemoData(testApp.db, () => {});
  const server = testApp.app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testApp.close();
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const axeSource = () => readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page; returns the serious and critical violations only. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: an inline <script> tag would be refused by the page's
  // Content-Security-Policy (and reported as a violation).
  await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeResult[] }> } }).axe;
    interface AxeResult { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
