import { describe, expect, it } from "vitest";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

// Issue 13: the interface in Polish or English, chosen once and remembered, with the page's language
// declared for screen readers and the API's messages in the same language.

const app = browserApp();
const WAIT = { timeout: 30_000 };
const MARKER = ".premises-marker, .premises-cluster, .leaflet-marker-icon";

describe("the language switch", () => {
  it("switches the catalogue to English and back, remembered across pages, with <html lang> and axe clean", { timeout: 180_000 }, async () => {
    const page = await (await app.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(app.server.baseUrl + "/");
    await page.getByRole("heading", { level: 1, name: "Znajdź lokal" }).waitFor(WAIT);
    expect(await page.getAttribute("html", "lang")).toBe("pl");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Find premises" }).waitFor(WAIT);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect.poll(() => page.locator(".results__count").textContent(), WAIT).toMatch(/premises/i);
    await page.locator(MARKER).first().waitFor(WAIT);
    expect(await page.getByRole("navigation", { name: "Main menu" }).textContent()).toContain("Find premises");
    expect(await runAxe(page)).toEqual([]);

    // Remembered: another page, opened afresh, is English from the server's first byte.
    const link = page.locator(".results a[href^='/premises/']").first();
    const href = (await link.getAttribute("href")) ?? "";
    const html = await page.request.get(app.server.baseUrl + href);
    expect(await html.text()).toContain('<html lang="en">');
    await page.goto(app.server.baseUrl + href);
    await page.getByRole("link", { name: "Back to search results" }).waitFor(WAIT);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await runAxe(page)).toEqual([]);

    // The API answers in the page's language, titles included.
    const problem = await page.evaluate(async () => {
      const res = await fetch("/api/premises/00000000-0000-4000-8000-000000000000", { headers: { "Accept-Language": document.documentElement.lang } });
      return (await res.json()) as { title: string };
    });
    expect(problem.title).toBe("Not found");

    await page.getByRole("button", { name: "Polski" }).click();
    await page.getByRole("link", { name: "Wróć do wyników wyszukiwania" }).waitFor(WAIT);
    expect(await page.getAttribute("html", "lang")).toBe("pl");
    await page.goto(app.server.baseUrl + "/");
    await page.getByRole("heading", { level: 1, name: "Znajdź lokal" }).waitFor(WAIT);
    expect(await page.getAttribute("html", "lang")).toBe("pl");
    expect(await runAxe(page)).toEqual([]);
  });
});
