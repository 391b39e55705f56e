import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";
import { signedInStaff } from "@tests/support/auth.ts";
import { createTestApp } from "@tests/support/test-app.ts";

const SLOW = 120_000;
const WAIT = { timeout: 30_000 };
const app = browserApp();

describe("the open data page", () => {
  it("'Dane otwarte' in the menu opens the page (licence, update time, downloads), whose CSV the register's importer reads back with no error", async () => {
    const context = await app.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${app.server.baseUrl}/`);
    await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Dane otwarte" }).click();
    await page.getByRole("heading", { level: 1, name: "Dane otwarte" }).waitFor(WAIT);
    await page.getByRole("link", { name: "Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0)" }).waitFor(WAIT);
    expect(await page.locator(".open-data-facts dd").first().textContent()).toMatch(/\d{4}/);
    await runAxe(page).then((violations) => expect(violations).toEqual([]));

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Pobierz CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("lokale-krakow.csv");
    const csv = readFileSync(await download.path());
    const rows = csv.toString("utf8").split("\r\n").filter(Boolean).length - 1;
    expect(rows).toBeGreaterThan(0);

    // Read back by the importer (dry run) of another register, where the inventory codes are new.
    const other = await createTestApp();
    try {
      const officer = await signedInStaff(other);
      const report = await officer.call("post", "/api/premises/import?dryRun=true").set("Content-Type", "text/csv").send(csv).expect(200);
      expect(report.body.errors).toEqual([]);
      expect(report.body.valid).toBe(rows);
    } finally {
      await other.close();
    }

    for (const name of ["Pobierz GeoJSON", "Pobierz statystyki (CSV)"]) {
      const href = await page.getByRole("link", { name }).getAttribute("href");
      const res = await fetch(`${app.server.baseUrl}${href}`);
      expect(res.status, name).toBe(200);
    }
  }, SLOW);

  it("the API description is a page of the app (no script from elsewhere) listing the operations, axe clean", async () => {
    const context = await app.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on("request", (r) => { if (!r.url().startsWith(app.server.baseUrl)) foreign.push(r.url()); });
    await page.goto(`${app.server.baseUrl}/open-data`);
    await page.getByRole("link", { name: "Opis API" }).click();
    await page.getByRole("heading", { level: 1, name: "Opis API" }).waitFor(WAIT);
    await page.getByRole("heading", { level: 3, name: "GET /api/open-data/premises.csv" }).waitFor(WAIT);
    await page.getByRole("heading", { level: 3, name: "POST /api/premises/import" }).waitFor(WAIT);
    expect(await runAxe(page)).toEqual([]);
    expect(foreign).toEqual([]);
  }, SLOW);
});
