import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@server/features/organisations/seed.ts";
import { uniqueNip, uniqueRegon } from "@tests/support/factories.ts";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

const SLOW = 90_000;
const WAIT = { timeout: 30_000 };

const app = browserApp();

/** A browser of its own (its own cookies), on a page of the app. */
async function visitor(path: string): Promise<Page> {
  const context = await app.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.server.baseUrl + path);
  return page;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${app.server.baseUrl}/sign-in`);
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
}

describe("accounts and organisations in the browser", () => {
  it("a new applicant registers, then registers an organisation with field errors shown at their fields", async () => {
    const page = await visitor("/register");
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel("Imię i nazwisko").fill("Ewa Nowicka");
    await page.getByLabel("Adres e-mail").fill("ewa.nowicka@example.pl");
    await page.getByLabel("Hasło").fill("krakow123456");
    await page.getByRole("button", { name: "Załóż konto" }).click();
    // The shared schema refuses a common password before anything is sent.
    await expect.poll(() => page.getByRole("alert").textContent(), WAIT).toContain("zbyt łatwe do odgadnięcia");
    await page.getByLabel("Hasło").fill("Zielony-Rower-Na-Plantach");
    await page.getByRole("button", { name: "Załóż konto" }).click();

    await page.getByRole("heading", { name: "Zarejestruj organizację" }).waitFor(WAIT);
    await expect.poll(() => page.locator(".account-menu").textContent()).toContain("Ewa Nowicka");
    await page.getByLabel("Pełna nazwa").fill("Fundacja Przestrzeń Rozwoju");
    await page.getByLabel("Numer KRS").fill("0000407870");
    await page.getByLabel("NIP").fill("675-14-71-247");
    await page.getByLabel("REGON").fill("122484153");
    await page.getByLabel("Ulica i numer").fill("ul. Św. Jacka 30/1");
    await page.getByLabel("Kod pocztowy").fill("30-364");
    await page.getByLabel("E-mail organizacji").fill("biuro@example.pl");
    await page.getByRole("button", { name: "Zarejestruj organizację" }).click();
    await expect.poll(() => page.locator("#org-nip-error").textContent(), WAIT).toContain("Numer NIP ma błędną cyfrę kontrolną.");
    await expect.poll(() => page.getByLabel("NIP").getAttribute("aria-invalid")).toBe("true");

    // The foundation of the demo data already has this NIP: the server's 409 lands at the field too.
    await page.getByLabel("NIP").fill("675-14-71-246");
    await page.getByRole("button", { name: "Zarejestruj organizację" }).click();
    await expect.poll(() => page.locator("#org-nip-error").textContent(), WAIT).toContain("już zarejestrowana");

    await page.getByLabel("NIP").fill(uniqueNip());
    await page.getByLabel("REGON").fill(uniqueRegon());
    await page.getByRole("button", { name: "Zarejestruj organizację" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "zarejestrowana" }).count(), WAIT).toBe(1);
    await expect.poll(() => page.locator(".status-panel").textContent(), WAIT).toContain("czeka na weryfikację");
    await expectNoSeriousAxeViolations(page);
  }, SLOW);

  it("an officer verifies the waiting cooperative and reads its history of changes", async () => {
    const page = await visitor("/");
    await signIn(page, "urzednik@demo.krakow.pl");
    await page.getByRole("heading", { name: "Organizacje" }).waitFor(WAIT);
    await page.getByRole("link", { name: "Spółdzielnia Socjalna Zielony Kąt (demo)" }).click();
    await page.getByRole("heading", { name: "Spółdzielnia Socjalna Zielony Kąt (demo)" }).waitFor(WAIT);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole("button", { name: "Zweryfikuj organizację" }).click();
    await expect.poll(() => page.locator(".status-panel").textContent(), WAIT).toContain("zweryfikowana");
    await page.getByRole("button", { name: "Pokaż historię zmian" }).click();
    const history = page.locator(".audit-history__events");
    await expect.poll(() => history.textContent(), WAIT).toContain("weryfikacja");
    expect(await history.textContent()).toContain("urzednik@demo.krakow.pl");
    expect(await history.locator("tr", { hasText: "Status" }).first().textContent()).toContain("czeka na weryfikację");
    await expectNoSeriousAxeViolations(page);
  }, SLOW);

  it("an officer returns an organisation with a reason, and its applicant sees the reason", async () => {
    const officer = await visitor("/");
    await signIn(officer, "urzednik@demo.krakow.pl");
    await officer.getByRole("heading", { name: "Organizacje" }).waitFor(WAIT);
    await officer.getByLabel("Pokaż").selectOption("verified");
    await officer.getByRole("link", { name: "Fundacja Przestrzeń Rozwoju" }).click();
    await officer.getByLabel("Powód zwrotu").fill("Proszę uzupełnić numer telefonu.");
    await officer.getByRole("button", { name: "Zwróć do poprawy" }).click();
    await expect.poll(() => officer.locator(".status-panel").textContent(), WAIT).toContain("zwrócona do poprawy");

    const applicant = await visitor("/");
    await signIn(applicant, "fundacja@demo.krakow.pl");
    await applicant.getByRole("heading", { name: "Moja organizacja" }).waitFor(WAIT);
    await expect.poll(() => applicant.locator(".status-panel").textContent(), WAIT).toContain("Proszę uzupełnić numer telefonu.");
    await applicant.getByLabel("Telefon (nieobowiązkowo)").fill("12 345 67 89");
    await applicant.getByRole("button", { name: "Zapisz i wyślij do ponownej weryfikacji" }).click();
    await expect.poll(() => applicant.locator(".status-panel").textContent(), WAIT).toContain("czeka na weryfikację");
  }, SLOW);

  it("signing out leaves the visitor anonymous, and staff pages ask to sign in", async () => {
    const page = await visitor("/");
    await signIn(page, "admin@demo.krakow.pl");
    await page.getByRole("button", { name: "Wyloguj się" }).click();
    await page.getByRole("link", { name: "Zaloguj się" }).waitFor(WAIT);
    await page.goto(`${app.server.baseUrl}/organisations`);
    await page.getByRole("heading", { name: "Logowanie" }).waitFor(WAIT);
    await expectNoSeriousAxeViolations(page);
  }, SLOW);
});
