import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

// Issue 13: what a person trying the app as a new user tripped over.

const app = browserApp();
const WAIT = { timeout: 30_000 };
const MARKER = ".premises-marker, .premises-cluster, .leaflet-marker-icon";

async function firstPremisesId(): Promise<string> {
  const res = await fetch(`${app.server.baseUrl}/api/premises?pageSize=1&sort=code`);
  return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
}

describe("mistakes seen by a new user", () => {
  it("an applicant of an organisation waiting for verification is told why, what is checked and what to do", { timeout: 120_000 }, async () => {
    const page = await app.signedInPage("spoldzielnia@demo.krakow.pl");
    await page.goto(`${app.server.baseUrl}/applications/new?premises=${await firstPremisesId()}`);
    await page.getByText("Nie możesz jeszcze złożyć wniosku").waitFor(WAIT);
    const text = (await page.locator(".not-yet-eligible").textContent()) ?? "";
    expect(text).toContain("czeka na weryfikację");
    expect(text).toContain("Co sprawdza urzędnik");
    expect(text).toContain("Co możesz zrobić");
    expect(await runAxe(page)).toEqual([]);
  });

  it("an application that is not the applicant's is 'not found' with a way back, not an error to retry", { timeout: 120_000 }, async () => {
    const page = await app.signedInPage("fundacja@demo.krakow.pl");
    await page.goto(`${app.server.baseUrl}/my-applications/${randomUUID()}`);
    await page.getByRole("heading", { level: 1, name: "Nie znaleziono wniosku" }).waitFor(WAIT);
    expect(await page.getByRole("button", { name: "Spróbuj ponownie" }).count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });

  it("with the API gone, the list drops its count and says the server, not the user's connection, failed", { timeout: 120_000 }, async () => {
    const page = await (await app.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(`${app.server.baseUrl}/`);
    await page.locator(MARKER).first().waitFor(WAIT);
    await expect.poll(() => page.locator(".results__count").textContent(), WAIT).toMatch(/Znaleziono \d+/);
    await page.route("**/api/premises?**", (route) => route.abort("connectionrefused"));
    // The box shows the address's state, which the router updates after the click: wait for it rather than for the click.
    const wholeCity = page.getByLabel("Pokaż listę bez ograniczenia do widoku mapy");
    await wholeCity.click();
    await expect.poll(() => wholeCity.isChecked(), WAIT).toBe(true);
    await expect.poll(() => page.locator(".results__count").textContent(), WAIT).toBe("Liczba lokali nieznana: nie udało się wczytać listy");
    const alert = (await page.locator(".results").getByRole("alert").textContent()) ?? "";
    expect(alert).toContain("Serwer nie odpowiada");
    expect(alert).not.toContain("Sprawdź połączenie z internetem");
  });

  it("the premises form asks to choose from an empty list, and its longitude example is a longitude", { timeout: 120_000 }, async () => {
    const page = await app.signedInPage("urzednik@demo.krakow.pl");
    await page.goto(`${app.server.baseUrl}/premises-register/new`);
    const district = page.getByLabel("Dzielnica", { exact: true });
    await district.waitFor(WAIT);
    expect(await district.locator("option").first().textContent()).toBe("Wybierz…");
    await page.getByLabel("Długość geograficzna").fill("wschód");
    await page.getByRole("button", { name: "Zapisz" }).click();
    const form = page.locator("form");
    await form.getByText("Wybierz jedną z pozycji listy.").first().waitFor(WAIT);
    const text = (await form.textContent()) ?? "";
    expect(text).not.toContain("Nieznana dzielnica");
    expect(text).toContain("Podaj długość geograficzną jako liczbę, np. 19,9372.");
  });
});
