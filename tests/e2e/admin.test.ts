import type { Page } from "playwright-core";
import request from "supertest";
import { describe, expect, it } from "vitest";
import type { PolicyPreview } from "@shared/contracts/policy-preview.ts";
import { systemClock, todayIn } from "@shared/domain/dates.ts";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

const SLOW = 120_000;
const WAIT = { timeout: 30_000 };
const ADMIN = "admin@demo.krakow.pl";

const app = browserApp();

/** "8.00" as the quote prints it: "8,00". */
const printed = (rate: string) => rate.replace(".", ",");

async function socialEnterpriseRate(page: Page): Promise<string> {
  const cell = page.locator('tr[data-category="social-enterprise"] td').first();
  await cell.waitFor(WAIT);
  return (await cell.textContent()) ?? "";
}

describe("the admin area in the browser", () => {
  it("an admin adopts a new rate policy version after reading its preview, and the public quote of a premises changes accordingly", async () => {
    // The draft: the policy in force with the social enterprises' discount cut from 80% to 60%.
    const current = (await request(app.server.baseUrl).get("/api/rate-policies/current").expect(200)).body as Record<string, unknown> & { categories: { rule: Record<string, string> }[] };
    const api = await app.apiAs(ADMIN);
    const { id: _id, createdAt: _c, decisions: _d, ...rules } = current;
    const draft = { ...rules, name: "Polityka stawek 2026", effectiveFrom: todayIn(systemClock), isExample: false };
    draft.categories = current.categories.map((c, i) => (i === 0 ? { ...c, rule: { kind: "discount", percent: "60" } } : c));
    const expected = (await api.post("/api/rate-policies/preview").send(draft).expect(200)).body as PolicyPreview;
    const sample = expected.premises[0]!;
    const line = sample.lines.find((l) => l.category === "social-enterprise")!;
    expect(line.proposed).not.toBe(line.current);

    const visitor = await (await app.newContext()).newPage();
    await visitor.goto(`${app.server.baseUrl}/premises/${sample.id}`);
    expect(await socialEnterpriseRate(visitor)).toContain(printed(line.current!));

    const page = await app.signedInPage(ADMIN);
    await page.getByRole("link", { name: "Administracja" }).click();
    await page.getByRole("heading", { name: "Administracja" }).waitFor(WAIT);
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole("link", { name: "Polityka stawek" }).click();
    await page.getByRole("heading", { name: "Nowa wersja" }).waitFor(WAIT);
    expect(await page.locator(".admin-table").first().textContent()).toContain("przykład");

    await page.getByLabel("Nazwa wersji").fill(draft.name);
    await page.getByLabel("Obowiązuje od").fill(draft.effectiveFrom);
    await page.locator("#policy-categories-0-rule-percent").fill("60");
    const adopt = page.getByRole("button", { name: "Przyjmij nową wersję" });
    expect(await adopt.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Pokaż skutki zmiany" }).click();
    await page.getByRole("heading", { name: "Skutki zmiany dla przykładowych wolnych lokali" }).waitFor(WAIT);
    const row = page.locator("tbody", { hasText: sample.inventoryCode }).locator("tr", { hasText: "przedsiębiorstwo społeczne" });
    const cells = await row.locator("td").allTextContents();
    expect(cells.slice(1, 3)).toEqual([line.current, line.proposed]);
    expect(await runAxe(page)).toEqual([]);

    await adopt.click();
    await expect.poll(() => page.getByRole("status").first().textContent(), WAIT).toContain("Przyjęto wersję „Polityka stawek 2026”");
    await page.locator(".admin-table tr", { hasText: "Polityka stawek 2026" }).getByText("obowiązuje dziś").waitFor(WAIT);

    await visitor.reload();
    await visitor.getByText("Według polityki stawek „Polityka stawek 2026”").waitFor(WAIT);
    expect(await socialEnterpriseRate(visitor)).toContain(printed(line.proposed!));

    // No decision cites the new version yet: it may still be corrected, after a preview again.
    await page.getByRole("button", { name: "Popraw: Polityka stawek 2026" }).click();
    await page.getByRole("heading", { name: "Poprawka wersji „Polityka stawek 2026”" }).waitFor(WAIT);
    expect(await page.locator("#policy-categories-0-rule-percent").inputValue()).toBe("60");
    await page.locator("#policy-categories-0-rule-percent").fill("65");
    const save = page.getByRole("button", { name: "Zapisz poprawkę wersji" });
    expect(await save.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Pokaż skutki zmiany" }).click();
    await save.click();
    await expect.poll(() => page.getByRole("status").first().textContent(), WAIT).toContain("Poprawiono wersję „Polityka stawek 2026”");
    await expect.poll(() => page.locator(".admin-table tr", { hasText: "Polityka stawek 2026" }).textContent(), WAIT).toContain("−65%");
  }, SLOW);

  it("an admin deactivates an officer, whose open session in another browser stops working at once", async () => {
    const officer = await app.signedInPage("urzednik@demo.krakow.pl");
    await officer.goto(`${app.server.baseUrl}/leases`);
    expect((await officer.request.get(`${app.server.baseUrl}/api/leases`)).status()).toBe(200);

    const page = await app.signedInPage(ADMIN);
    await page.goto(`${app.server.baseUrl}/admin/accounts`);
    await page.getByLabel("E-mail lub imię i nazwisko").fill("urzednik");
    await page.getByRole("button", { name: "Szukaj", exact: true }).click();
    await page.getByRole("cell", { name: "urzednik@demo.krakow.pl" }).waitFor(WAIT);
    await expect.poll(() => page.locator(".admin-table tbody tr").count(), WAIT).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole("button", { name: "Dezaktywuj: Jan Urzędnik" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent(), WAIT).toContain("zdezaktywowano");
    await page.getByRole("button", { name: "Przywróć: Jan Urzędnik" }).waitFor(WAIT);

    expect((await officer.request.get(`${app.server.baseUrl}/api/leases`)).status()).toBe(401);
    await officer.reload();
    await officer.waitForURL(/\/sign-in/, WAIT);
    await officer.getByLabel("Adres e-mail").fill("urzednik@demo.krakow.pl");
    await officer.getByLabel("Hasło").fill("Demo-Krakow-2026!");
    await officer.getByRole("button", { name: "Zaloguj się" }).click();
    await officer.getByText("Nieprawidłowy e-mail lub hasło.").waitFor(WAIT);
  }, SLOW);

  it("the admin's reference tables and the last admin's protection say why a change is refused; the pages are axe clean", async () => {
    const page = await app.signedInPage(ADMIN);
    await page.goto(`${app.server.baseUrl}/admin/reference-rates`);
    await page.getByRole("heading", { name: "Stopy dyskontowe UE" }).waitFor(WAIT);
    await page.getByRole("button", { name: "Popraw wskaźnik za 2023" }).click();
    expect(await page.getByLabel("Rok", { exact: true }).inputValue()).toBe("2023");
    await page.getByLabel("Wskaźnik (rok poprzedni = 100)").fill("111,5");
    await page.locator("form:has(#cpi-form-heading) button[type=submit]").click();
    await expect.poll(() => page.locator("form:has(#cpi-form-heading) [role=alert]").textContent(), WAIT).toContain("z kropką");
    expect(await runAxe(page)).toEqual([]);

    await page.goto(`${app.server.baseUrl}/admin/accounts`);
    await page.getByRole("button", { name: "Zmień na urzędnika: Ewa Administratorska" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent(), WAIT).toContain("ostatnie aktywne konto administratora");
    expect(await runAxe(page)).toEqual([]);
  }, SLOW);
});
