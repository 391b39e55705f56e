import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runAxe, type AxeViolation } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";
import { applicationBody } from "@tests/support/factories.ts";
import { daysFromToday } from "@tests/support/applications.ts";

const SLOW = 120_000;
const WAIT = { timeout: 30_000 };
const app = browserApp();

/** Every page axe checked in this file and what it found, for the accessibility statement's record. */
const checked = new Map<string, AxeViolation[]>();

async function axeClean(page: Page): Promise<void> {
  const violations = await runAxe(page);
  checked.set(new URL(page.url()).pathname, violations);
  expect(violations, `serious accessibility violations on ${page.url()}`).toEqual([]);
}

/** CSP violations reported by the pages of a context (the charts draw on canvas under the app's policy). */
async function cspWatched(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`));
  });
  context.on("console", (m) => {
    if (/^Refused to |^CSP violation:/.test(m.text())) violations.push(m.text());
  });
  return violations;
}

let approved: Promise<void> | undefined;
/** An application of the demo foundation for an available premises, approved by the demo officer (applications, aid); made once per file. */
const approvedDemoApplication = () => (approved ??= approveDemoApplication());

async function approveDemoApplication(): Promise<void> {
  const applicant = await app.apiAs("fundacja@demo.krakow.pl");
  const officer = await app.apiAs("urzednik@demo.krakow.pl");
  const premises = await applicant.agent.get("/api/premises?use=services&pageSize=1").expect(200);
  const premisesId = premises.body.items[0].id as string;
  const created = await applicant.post("/api/applications").send(applicationBody(applicant.body.organisations[0]!.id, premisesId)).expect(201);
  await applicant.post(`/api/applications/${created.body.id}/submit`).expect(200);
  await officer.post(`/api/applications/${created.body.id}/approve`).send({ startDate: daysFromToday(30), months: 12, eurRate: "4.2500" }).expect(200);
}

describe("the diagnosis dashboard", () => {
  it("shows each chart drawn on its canvas with its data table for the demo data, with no serious axe violation and no CSP violation", async () => {
    await approvedDemoApplication();
    const context = await app.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
    const csp = await cspWatched(context);
    const page = await context.newPage();
    await page.goto(`${app.server.baseUrl}/`);
    await page.getByRole("heading", { level: 1 }).waitFor(WAIT);
    await page.getByRole("link", { name: "Diagnoza" }).click();
    await page.getByRole("heading", { level: 1, name: /Diagnoza/ }).waitFor(WAIT);
    await page.locator("section[data-chart] table").first().waitFor(WAIT);

    for (const id of ["districts", "statuses", "pool", "conditions", "applications"]) {
      const section = page.locator(`section[data-chart="${id}"]`);
      const canvas = section.locator('canvas[role="img"]');
      expect(await canvas.getAttribute("aria-label"), id).toMatch(/^Wykres: .+ Te same dane są w tabeli pod wykresem\.$/);
      // Drawn: some pixel of the canvas is not blank.
      const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
        return false;
      });
      expect(inked, `${id} chart drawn`).toBe(true);
      expect(await section.locator("table caption").textContent(), id).toMatch(/^Dane wykresu: /);
      expect(await section.locator("tbody tr").count(), `${id} table rows`).toBeGreaterThan(0);
    }
    // The demo premises by district: the table's total equals the register's offer.
    const offered = await page.locator('section[data-chart="districts"] tbody tr td:last-child').allTextContents();
    const listed = await app.apiAs("urzednik@demo.krakow.pl").then(async (s) => (await s.agent.get("/api/premises?status=available,reserved,leased,under-renovation&pageSize=1").expect(200)).body.page.total as number);
    expect(offered.reduce((sum, cell) => sum + Number(cell.replace(/\s/g, "")), 0)).toBe(listed);
    // The approved application: one submitted and one approved this quarter, decided the same day.
    const applications = await page.locator('section[data-chart="applications"] tbody tr').first().locator("td").allTextContents();
    expect(applications).toEqual(["1", "1", "0", "0"]);
    // Money in Polish format from the API's exact decimals: "1 234,56 zł".
    await page.locator(".dashboard-summary").waitFor(WAIT);
    expect(await page.locator(".dashboard-summary dd").last().textContent()).toMatch(/^\d[\d\u00a0]*,\d{2}\u00a0zł$/);
    await axeClean(page);
    expect(csp).toEqual([]);
  }, SLOW);

  it("the home page does not load the charts' code", async () => {
    const context = await app.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.server.baseUrl}/`);
    await page.getByRole("heading", { level: 1 }).waitFor(WAIT);
    await page.waitForLoadState("networkidle");
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".js")));
    expect(scripts.filter((s) => /dashboard/.test(s))).toEqual([]);
  }, SLOW);
});

describe("the de minimis report for officers", () => {
  it("an officer sees the report's period and its download on the dashboard; the public does not", async () => {
    await approvedDemoApplication();
    const page = await app.signedInPage("urzednik@demo.krakow.pl");
    await page.goto(`${app.server.baseUrl}/dashboard`);
    await page.getByRole("heading", { level: 2, name: "Raport pomocy de minimis (SHRIMP)" }).waitFor(WAIT);
    const year = new Date().getFullYear();
    await page.getByLabel("Od dnia udzielenia").fill(`${year}-01-01`);
    // The demo application's aid is granted on its lease's start, 30 days on: maybe next year.
    await page.getByLabel("Do dnia udzielenia").fill(`${year + 1}-12-31`);
    const href = await page.getByRole("link", { name: "Pobierz raport (CSV)" }).getAttribute("href");
    expect(href).toBe(`/api/statistics/de-minimis-report.csv?from=${year}-01-01&to=${year + 1}-12-31`);
    const report = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(report).toContain("Dzień udzielenia pomocy");
    expect(report).toContain("Fundacja Przestrzeń Rozwoju");
    expect(await runAxe(page)).toEqual([]);

    const anonymous = await (await app.newContext()).newPage();
    await anonymous.goto(`${app.server.baseUrl}/dashboard`);
    await anonymous.locator("section[data-chart] table").first().waitFor(WAIT);
    expect(await anonymous.getByRole("heading", { name: "Raport pomocy de minimis (SHRIMP)" }).count()).toBe(0);
  }, SLOW);
});

describe("the officers' filter", () => {
  it("an officer filters the figures to one district: the districts table keeps that district's row, and the CSV link carries the filter", async () => {
    const page = await app.signedInPage("urzednik@demo.krakow.pl");
    await page.goto(`${app.server.baseUrl}/dashboard`);
    const districts = page.locator('section[data-chart="districts"] tbody tr');
    await districts.first().waitFor(WAIT);
    expect(await districts.count()).toBeGreaterThan(1);
    const first = (await districts.first().locator("th").textContent())!.trim();
    const firstTotal = await districts.first().locator("td:last-child").textContent();

    // Keyboard: the district chosen in the labelled select, the form sent with Enter.
    const select = page.getByLabel("Dzielnica");
    await select.focus();
    const value = await select.evaluate((el: HTMLSelectElement, label) => [...el.options].find((o) => o.text === label)!.value, first);
    await select.selectOption(value);
    await page.getByLabel("Okres od").fill("2020-01-01");
    await page.getByLabel("Okres od").press("Enter");
    await page.waitForFunction(() => document.querySelectorAll('section[data-chart="districts"] tbody tr').length === 1, undefined, WAIT);
    expect((await districts.first().locator("th").textContent())!.trim()).toBe(first);
    expect(await districts.first().locator("td:last-child").textContent()).toBe(firstTotal);
    const href = await page.getByRole("link", { name: "Pobierz CSV" }).getAttribute("href");
    expect(href).toBe(`/api/statistics/filtered.csv?district=${value}&from=2020-01-01`);
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(csv).toContain("Zestawienie;Okres;Grupa;Miara;Wartość");
    expect(await runAxe(page)).toEqual([]);

    const anonymous = await (await app.newContext()).newPage();
    await anonymous.goto(`${app.server.baseUrl}/dashboard`);
    await anonymous.locator("section[data-chart] table").first().waitFor(WAIT);
    expect(await anonymous.getByLabel("Dzielnica").count()).toBe(0);
  }, SLOW);
});

describe("the footer pages", () => {
  it("the footer leads to the accessibility statement (with the date of the last axe check), the privacy notice and the contact page, all axe clean", async () => {
    const context = await app.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.server.baseUrl}/`);
    await page.getByRole("heading", { level: 1 }).waitFor(WAIT);
    const footer = page.locator("footer");

    await footer.getByRole("link", { name: "Deklaracja dostępności" }).click();
    await page.getByRole("heading", { level: 1, name: "Deklaracja dostępności" }).waitFor(WAIT);
    for (const heading of ["Daty", "Stan dostępności cyfrowej", "Treści niedostępne", "Przygotowanie deklaracji", "Informacje zwrotne i dane kontaktowe", "Procedura wnioskowo-skargowa", "Dostępność architektoniczna"]) {
      await page.getByRole("heading", { level: 2, name: heading }).waitFor(WAIT);
    }
    expect(await page.locator("main").textContent()).toMatch(/Ostatnie automatyczne badanie narzędziem axe-core [\d.]+: \d{2}\.\d{2}\.\d{4}/);
    expect(await page.locator("main").textContent()).toContain("Zarząd Budynków Komunalnych w Krakowie");
    await axeClean(page);

    await footer.getByRole("link", { name: "Ochrona danych osobowych" }).click();
    await page.getByRole("heading", { level: 2, name: "Administrator danych" }).waitFor(WAIT);
    for (const heading of ["Jakie dane przechowujemy i po co", "Podstawa prawna", "Jak długo przechowujemy dane", "Twoje prawa"]) {
      await page.getByRole("heading", { level: 2, name: heading }).waitFor(WAIT);
    }
    await axeClean(page);

    await footer.getByRole("link", { name: "Kontakt" }).click();
    await page.getByRole("heading", { level: 1, name: "Kontakt" }).waitFor(WAIT);
    await axeClean(page);
  }, SLOW);

  it("records the axe check for the accessibility statement when asked to (RECORD_AXE_CHECK=1) and every page was clean", () => {
    if (process.env.RECORD_AXE_CHECK !== "1") return;
    // Only after the tests above ran and axe checked every page they open, each clean.
    expect([...checked.keys()]).toEqual(["/dashboard", "/accessibility-statement", "/privacy", "/contact"]);
    expect([...checked.values()].every((v) => v.length === 0)).toBe(true);
    const file = fileURLToPath(new URL("../../client/features/info-pages/axe-check.json", import.meta.url));
    const { version } = createRequire(import.meta.url)("axe-core/package.json") as { version: string };
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), tool: `axe-core ${version}`, pages: [...checked.keys()] }, null, 2)}\n`);
  });
});
