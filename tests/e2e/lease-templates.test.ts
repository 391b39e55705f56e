import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@server/features/organisations/seed.ts";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

const SLOW = 90_000;
const WAIT = { timeout: 30_000 };

const app = browserApp();

async function signedIn(email: string): Promise<Page> {
  const context = await app.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.server.baseUrl}/sign-in`);
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await page.locator(".account-menu__sign-out").waitFor(WAIT);
  return page;
}

describe("the lease template in the browser", () => {
  it("an admin opens 'Wzór umowy' from the menu: versions with a PDF preview, the current text, the form; an unknown placeholder is marked at its paragraph", async () => {
    const page = await signedIn("admin@demo.krakow.pl");
    await page.getByRole("link", { name: "Wzór umowy" }).click();
    await page.getByRole("heading", { name: "Wzór umowy najmu" }).waitFor(WAIT);
    await page.getByRole("link", { name: "Podgląd PDF wersji 1" }).waitFor(WAIT);
    expect(await page.getByRole("link", { name: "Podgląd PDF wersji 1" }).getAttribute("href")).toBe("/api/lease-templates/1/preview.pdf");
    expect(await page.locator(".template-placeholders").textContent()).toContain("{{tenant.name}}");
    expect(await runAxe(page)).toEqual([]);

    const second = page.locator("#template-sections-0-paragraphs-1");
    await second.fill("Najemca {{nieznane.pole}} płaci czynsz.");
    await page.getByRole("button", { name: "Zapisz nową wersję" }).click();
    await expect.poll(() => page.getByRole("alert").textContent(), WAIT).toContain("§ 1 ust. 2");
    expect(await second.getAttribute("aria-invalid")).toBe("true");
  }, SLOW);

  it("an officer has no 'Wzór umowy' in the menu", async () => {
    const page = await signedIn("urzednik@demo.krakow.pl");
    await page.getByRole("link", { name: "Umowy najmu" }).waitFor(WAIT);
    expect(await page.getByRole("link", { name: "Wzór umowy" }).count()).toBe(0);
  }, SLOW);
});
