import { describe, expect, it } from "vitest";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

const SLOW = 90_000;
const WAIT = { timeout: 30_000 };

const app = browserApp();

describe("a representative invites a person, who accepts on their organisation page", () => {
  it("'Zaproszenie wysłane', then the invited applicant accepts and represents the foundation", async () => {
    const inviter = await app.signedInPage("fundacja@demo.krakow.pl");
    await inviter.goto(`${app.server.baseUrl}/my-organisation`);
    await inviter.getByLabel("Adres e-mail tej osoby").fill("spoldzielnia@demo.krakow.pl");
    await inviter.getByRole("button", { name: "Wyślij zaproszenie" }).click();
    await expect.poll(() => inviter.getByRole("status").filter({ hasText: "Zaproszenie wysłane do spoldzielnia@demo.krakow.pl" }).count(), WAIT).toBe(1);
    // Nobody is added before the invited person answers.
    expect(await inviter.locator(".members li").allTextContents()).toEqual(["Anna Fundacyjna (fundacja@demo.krakow.pl)"]);

    const invited = await app.signedInPage("spoldzielnia@demo.krakow.pl");
    await invited.goto(`${app.server.baseUrl}/my-organisation`);
    await invited.getByRole("heading", { name: "Zaproszenia do reprezentowania organizacji" }).waitFor(WAIT);
    expect(await runAxe(invited)).toEqual([]);
    await invited.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
    await expect.poll(() => invited.getByRole("status").filter({ hasText: "Reprezentujesz teraz organizację Fundacja Przestrzeń Rozwoju." }).count(), WAIT).toBe(1);
    await expect.poll(() => invited.locator(".organisation-switcher").textContent(), WAIT).toContain("Fundacja Przestrzeń Rozwoju");
  }, SLOW);
});
