import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_LINES } from "@fixtures/import/make.ts";
import { DEMO_PASSWORD } from "@server/features/organisations/seed.ts";
import { launchBrowser, runAxe, startServer, type TestServer } from "@tests/support/browser.ts";
import { textCheckedContext } from "@tests/support/missing-texts.ts";

const SLOW = 120_000;
const WAIT = { timeout: 30_000 };
const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));
const BAD_FILE = fileURLToPath(new URL("../../fixtures/import/premises-500-with-3-bad-rows.csv", import.meta.url));

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  context = await textCheckedContext(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe("the officers' premises register in the browser", () => {
  it("an officer signs in and opens the register from the menu", { timeout: SLOW }, async () => {
    await page.goto(`${server.baseUrl}/premises-register`);
    // Not signed in: the sign-in page, then back to the register.
    await page.getByLabel("Adres e-mail").fill("urzednik@demo.krakow.pl");
    await page.getByLabel("Hasło").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Zaloguj się" }).click();
    await page.getByRole("heading", { name: "Rejestr lokali", level: 1 }).waitFor(WAIT);
    await expect.poll(() => page.getByRole("navigation", { name: "Menu główne" }).textContent(), WAIT).toContain("Rejestr lokali");
    await page.getByRole("table").waitFor(WAIT);
    await page.screenshot({ path: `${ARTIFACTS}register-list.png`, fullPage: true });
  });

  it("adds a premises through the form, with the location typed in, and the public catalogue shows it", { timeout: SLOW }, async () => {
    await page.getByRole("link", { name: "Dodaj lokal" }).click();
    await page.getByRole("heading", { name: "Nowy lokal" }).waitFor(WAIT);
    expect(await runAxe(page)).toEqual([]);

    // An empty form is refused with a summary that links to the fields.
    await page.getByRole("button", { name: "Zapisz" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Nie udało się zapisać lokalu" });
    await summary.waitFor(WAIT);
    expect(await summary.textContent()).toContain("Numer inwentarzowy");
    expect(await runAxe(page)).toEqual([]);

    await page.getByLabel("Numer inwentarzowy").fill("E2E/REJ/1");
    await page.getByLabel("Ulica").fill("ul. Przeglądarkowa");
    await page.getByLabel("Numer budynku").fill("7");
    await page.getByLabel("Kod pocztowy").fill("31-019");
    await page.getByLabel("Dzielnica").selectOption({ label: "I Stare Miasto" });
    await page.getByLabel("Szerokość geograficzna").fill("50,0641");
    await page.getByLabel("Długość geograficzna").fill("19,9402");
    await page.getByLabel("Powierzchnia użytkowa (m²)").fill("48,5");
    await page.getByLabel("działalność społeczna").check();
    await page.getByLabel("Ocena stanu technicznego").selectOption({ label: "dobry" });
    await page.getByLabel("Ogrzewanie").selectOption({ label: "gazowe" });
    await page.getByLabel("Toaleta", { exact: true }).selectOption({ label: "w lokalu" });
    await page.getByLabel("Wejście bez schodów").check();
    await page.getByLabel("Szerokość drzwi wejściowych w cm (nieobowiązkowo)").fill("95");
    await page.getByLabel("Równa podłoga, bez progów (do 2 cm)").check();
    await page.getByLabel("Toaleta dostosowana (150 × 150 cm)").check();
    await expect.poll(() => page.locator(".register-form__level").textContent()).toContain("pełna dostępność");
    await page.getByLabel("Stawka bazowa (zł/m² netto miesięcznie)").fill("21,40");
    await page.getByLabel("Opis").fill("Lokal dodany w teście przeglądarkowym.");
    await page.screenshot({ path: `${ARTIFACTS}register-form.png`, fullPage: true });
    await page.getByRole("button", { name: "Zapisz" }).click();

    await page.getByRole("heading", { name: "Edycja lokalu E2E/REJ/1" }).waitFor(WAIT);
    await expect.poll(() => page.getByRole("status").first().textContent(), WAIT).toContain("Dodano lokal E2E/REJ/1");
    const id = page.url().split("/").pop()!;

    // The public side: the map layer and the detail page.
    const layer = await page.request.get(`${server.baseUrl}/api/premises.geojson?q=przegladarkowa`);
    const features = (await layer.json()).features as { properties: { code: string; area: string; level: string } }[];
    expect(features.map((f) => f.properties)).toEqual([expect.objectContaining({ code: "E2E/REJ/1", area: "48.50", level: "full" })]);
    const visitor = await (await textCheckedContext(browser)).newPage();
    await visitor.goto(`${server.baseUrl}/premises/${id}`);
    await visitor.getByRole("heading", { name: /Przeglądarkowa 7/ }).waitFor(WAIT);
    await visitor.context().close();
  });

  it("a dry run of the city's 500-row file lists its three bad lines and keeps Import disabled", { timeout: SLOW }, async () => {
    await page.goto(`${server.baseUrl}/premises-register/import`);
    await page.getByRole("heading", { name: "Import lokali z pliku CSV" }).waitFor(WAIT);
    await page.getByLabel("Plik CSV (UTF-8, do 64 MB)").setInputFiles(BAD_FILE);
    await page.getByRole("button", { name: "Sprawdź plik" }).click();
    const table = page.getByRole("table", { name: "Błędy w pliku" });
    await table.waitFor(WAIT);
    const lines = await table.locator("tbody th").allTextContents();
    expect(lines).toEqual([String(BAD_LINES.usableArea), String(BAD_LINES.district), String(BAD_LINES.lastInspection)]);
    expect(await page.getByRole("status").textContent()).toContain("Wierszy: 500, poprawnych: 497, błędów: 3.");
    expect(await page.getByRole("button", { name: "Importuj" }).isDisabled()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}register-import.png`, fullPage: true });
  });

  it("the register's own export, one cell edited, imports back in the update mode after listing that change", { timeout: SLOW }, async () => {
    const exported = await (await page.request.get(`${server.baseUrl}/api/premises/export.csv`)).text();
    const edited = exported.split("\r\n").map((line) => {
      if (!line.startsWith("E2E/REJ/1;")) return line;
      const cells = line.split(";");
      expect(cells[8]).toBe("48,50");
      cells[8] = "52,00";
      return cells.join(";");
    }).join("\r\n");
    const file = `${ARTIFACTS}register-reimport.csv`;
    writeFileSync(file, edited);

    await page.goto(`${server.baseUrl}/premises-register/import`);
    await page.getByRole("heading", { name: "Import lokali z pliku CSV" }).waitFor(WAIT);
    // The mode by keyboard: the radio group moves with the arrow keys.
    await page.getByRole("radio", { name: "Tylko dodaj nowe lokale" }).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "Dodaj nowe i zaktualizuj istniejące" }).isChecked()).toBe(true);
    await page.getByLabel("Plik CSV (UTF-8, do 64 MB)").setInputFiles(file);
    await page.getByRole("button", { name: "Sprawdź plik" }).click();
    const changes = page.getByRole("table", { name: "Zmiany, które wprowadzi import" });
    await changes.waitFor(WAIT);
    // Only the edited cell: every other row of the export reads back as the register has it.
    expect(await changes.locator("tbody tr").count()).toBe(1);
    expect((await changes.locator("tbody tr").first().locator("th, td").allTextContents()).slice(1)).toEqual(["E2E/REJ/1", "Powierzchnia użytkowa [m²]", "48,50", "52,00"]);
    expect(await page.getByRole("status").textContent()).toContain("do zaktualizowania: 1");
    expect(await runAxe(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}register-reimport.png`, fullPage: true });

    await page.getByRole("button", { name: "Importuj" }).click();
    await expect.poll(() => page.getByRole("status").textContent(), WAIT).toContain("Dodano lokale: 0, zaktualizowano: 1");
    const list = await (await page.request.get(`${server.baseUrl}/api/premises?q=przegladarkowa`)).json() as { items: { usableArea: string }[] };
    expect(list.items.map((p) => p.usableArea)).toEqual(["52.00"]);
  });
});
