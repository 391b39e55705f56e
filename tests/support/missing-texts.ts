import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { afterEach, expect } from "vitest";
import { localContext } from "@tests/support/browser.ts";

/** What client/lib/i18n `t()` logs for a key with no string, instead of crashing the page. */
const MISSING = "[i18n] missing text:";
const found: string[] = [];

/**
 * `localContext`, with every missing text its pages report recorded: the test during which one shows
 * fails (below). The home page carries only its own strings and the other pages load theirs, so a key
 * used before its strings are loaded would otherwise show the key to the user without failing anything.
 */
export async function textCheckedContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await localContext(browser, options);
  context.on("console", (message) => {
    if (message.text().startsWith(MISSING)) found.push(`${message.text()} (on ${message.page()?.url() ?? "?"})`);
  });
  return context;
}

afterEach(() => {
  expect(found.splice(0), "strings missing on the pages of this test").toEqual([]);
});
