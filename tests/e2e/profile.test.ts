import { describe, expect, it } from "vitest";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

const SLOW = 120_000;
const WAIT = { timeout: 30_000 };
const OFFICER = "urzednik@demo.krakow.pl";

const app = browserApp();

describe("my profile in the browser", () => {
  it("an officer opens 'Mój profil' from the header, sees the seeded position and changes it; the page passes axe", async () => {
    const page = await app.signedInPage(OFFICER);
    await page.getByRole("link", { name: "Mój profil" }).click();
    await page.getByRole("heading", { name: "Mój profil" }).waitFor(WAIT);
    expect(await page.getByLabel("Imię i nazwisko").inputValue()).toBe("Jan Urzędnik");
    const position = page.getByLabel("Stanowisko", { exact: true });
    expect(await position.inputValue()).toBe("Starszy inspektor, Dział Najmu Lokali Użytkowych");
    expect(await runAxe(page)).toEqual([]);

    await position.fill("x".repeat(121));
    await page.getByRole("button", { name: "Zapisz profil" }).click();
    await page.getByText("Stanowisko może mieć najwyżej 120 znaków.").first().waitFor(WAIT);

    await position.fill("Główny specjalista");
    await page.getByRole("button", { name: "Zapisz profil" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent(), WAIT).toContain("Profil zapisany.");
    const api = await app.apiAs(OFFICER);
    expect((await api.agent.get("/api/me/profile").expect(200)).body).toMatchObject({ name: "Jan Urzędnik", position: "Główny specjalista" });
    expect(await runAxe(page)).toEqual([]);
  }, SLOW);
});
