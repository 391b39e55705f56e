import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { daysFromToday } from "@tests/support/applications.ts";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

// The whole path in a browser, on the Kraków demo data: the demo foundation (public-benefit,
// economic activity) applies for ul. Miodowa 15/1 (ZBK/L/0020: 62.80 m², base 55.50 zł/m², fair), the
// demo cooperative competes for it, the demo officer approves the foundation.
//
// Worked by hand under the example policy: public-benefit 70% off, 55.50 × 0.30 = 16.65 zł/m² (other NGO
// 50%: 27.75). Net 16.65 × 62.80 = 1 045.62; VAT 23% 240.4926 → 240.49; gross 1 286.11. Base rent
// 55.50 × 62.80 = 3 485.40, aid 3 485.40 − 1 045.62 = 2 439.78 a month; 12 months 29 277.36 nominal,
// 2 439.78 × 11.6515849034… (Σ 1.0668^(−k/12), k = 0…11) = 28 427.3038… → 28 427.30 zł; at 4.2500 zł/EUR
// 6 688.7764… → 6 688.78 EUR.

const SLOW = 180_000;
const WAIT = { timeout: 30_000, interval: 250 };
const ADDRESS = "ul. Miodowa 15/1";
const FOUNDATION = "Fundacja Przestrzeń Rozwoju";

const app = browserApp();
const DOWNLOADS = { viewport: { width: 1366, height: 900 }, acceptDownloads: true };

const text = (s: string | null) => (s ?? "").replace(/\s+/g, " ");

/** The demo cooperative, verified by the officer, applies for the same premises. */
async function competingApplication(premisesId: string): Promise<void> {
  const officer = await app.apiAs("urzednik@demo.krakow.pl");
  const cooperative = await app.apiAs("spoldzielnia@demo.krakow.pl");
  const organisationId = cooperative.body.organisations[0]!.id;
  await officer.post(`/api/organisations/${organisationId}/verify`).expect(200);
  const draft = await cooperative.post("/api/applications").send({
    organisationId, premisesId, intendedUse: "services", activity: "Pralnia społeczna prowadzona przez spółdzielnię.",
    socialPurpose: "Zatrudnienie osób długotrwale bezrobotnych.", employees: 6, employeesAtRisk: 4,
    requestedStart: daysFromToday(45), requestedMonths: 24,
  }).expect(201);
  await cooperative.post(`/api/applications/${draft.body.id}/submit`).expect(200);
}

describe("from the map to the decision", () => {
  it("an applicant applies, an officer approves against a competitor, the applicant downloads the decision", async () => {
    // ---- the applicant browses the map and opens the premises
    const applicant = await app.signedInPage("fundacja@demo.krakow.pl", DOWNLOADS);
    await applicant.goto(app.server.baseUrl + "/");
    await applicant.getByRole("status").filter({ hasText: "Znaleziono" }).waitFor(WAIT);
    await expect.poll(() => applicant.locator(".catalogue__map .premises-marker, .catalogue__map .premises-cluster").count(), WAIT).toBeGreaterThan(0);
    await applicant.getByLabel("Adres, kod pocztowy lub numer inwentarzowy").fill("Miodowa 15");
    await applicant.getByRole("link", { name: ADDRESS, exact: true }).click();
    await applicant.getByRole("heading", { level: 1, name: ADDRESS }).waitFor(WAIT);
    const premisesId = applicant.url().split("/premises/")[1]!;

    // ---- the quote, with the organisation's best category marked
    const quote = applicant.getByRole("region", { name: "Ile zapłacisz: stawki preferencyjne" });
    await quote.locator("tbody tr").first().waitFor(WAIT);
    expect(text(await quote.textContent())).toContain("przykładowa polityka");
    const best = quote.locator("tr.quote__best");
    await expect.poll(async () => text(await best.textContent()), WAIT).toContain(`najkorzystniejsza dla ${FOUNDATION}`);
    const row = text(await best.textContent());
    for (const amount of ["organizacja pożytku publicznego", "16,65 zł/m²", "1 045,62 zł", "240,49 zł", "1 286,11 zł", "28 427,30 zł"]) expect(row).toContain(amount);
    expect(text(await quote.locator('tr[data-category="other-ngo"]').textContent())).toContain("27,75 zł/m²");
    expect(await runAxe(applicant)).toEqual([]);

    // ---- the application
    await quote.getByRole("link", { name: "Złóż wniosek o ten lokal" }).click();
    await applicant.getByRole("heading", { level: 1, name: "Wniosek o najem lokalu" }).waitFor(WAIT);
    await applicant.getByLabel("Przeznaczenie lokalu").selectOption("services");
    await applicant.getByLabel("Jaką działalność poprowadzicie").fill("Kawiarnia i pracownia szycia prowadzona przez fundację.");
    await applicant.getByLabel("Cel społeczny").fill("Praca dla osób wychodzących z bezdomności.");
    await applicant.getByLabel("Liczba zatrudnionych").fill("3");
    await applicant.getByLabel("W tym osób zagrożonych wykluczeniem społecznym").fill("5");
    await applicant.getByLabel("Od kiedy").fill(daysFromToday(30));
    await applicant.getByLabel("Na ile miesięcy").fill("12");
    await applicant.getByRole("button", { name: "Dodaj nakład" }).click();
    await applicant.getByLabel("Opis prac").fill("Malowanie i nowa podłoga");
    await applicant.getByLabel("Przybliżony koszt (zł)").fill("18 500");
    await applicant.getByRole("button", { name: "Złóż wniosek" }).click();
    // The shared schema refuses more people at risk than employees before anything is sent.
    await expect.poll(async () => text(await applicant.locator(".error-summary").textContent()), WAIT).toContain("nie może być więcej");
    await applicant.getByLabel("Liczba zatrudnionych").fill("8");
    expect(await runAxe(applicant)).toEqual([]);
    await applicant.getByRole("button", { name: "Złóż wniosek" }).click();
    await applicant.getByRole("status").filter({ hasText: "Wniosek został złożony." }).waitFor(WAIT);
    expect(text(await applicant.locator(".application-status").first().textContent())).toBe("złożony");

    await competingApplication(premisesId);

    // ---- the officer's queue and review
    const officer = await app.signedInPage("urzednik@demo.krakow.pl", DOWNLOADS);
    await officer.getByRole("link", { name: "Wnioski", exact: true }).click();
    await officer.getByRole("heading", { level: 1, name: "Wnioski do rozpatrzenia" }).waitFor(WAIT);
    const queueRow = officer.locator("tbody tr").filter({ hasText: FOUNDATION });
    await queueRow.waitFor(WAIT);
    expect(text(await queueRow.textContent())).toContain(ADDRESS);
    expect(await runAxe(officer)).toEqual([]);
    await queueRow.getByRole("link").click();
    await officer.getByRole("heading", { name: "Sprawdzenia systemu" }).waitFor(WAIT);
    const competing = officer.getByRole("region", { name: "Konkurencyjne wnioski o ten lokal" });
    expect(text(await competing.textContent())).toContain("Spółdzielnia Socjalna Zielony Kąt (demo)");
    expect(text(await officer.locator('[data-check="aid-ceiling"]').textContent())).toContain("do sprawdzenia");
    await officer.getByLabel("Kurs średni NBP euro z dnia udzielenia pomocy").fill("4,2500");
    await expect.poll(async () => text(await officer.locator('[data-testid="aid"]').textContent()), WAIT).toContain("6 688,78 EUR");
    expect(text(await officer.locator('[data-check="aid-ceiling"]').textContent())).toContain("spełnione");
    expect(text(await officer.getByRole("region", { name: "Stawka i sposób jej wyliczenia" }).textContent())).toContain("Zniżka 70% (organizacja pożytku publicznego)");
    expect(await runAxe(officer)).toEqual([]);
    await officer.getByRole("button", { name: "Zatwierdź wniosek" }).click();
    await officer.getByRole("status").filter({ hasText: "Wniosek zatwierdzony" }).waitFor(WAIT);

    // ---- the applicant sees the decision and downloads it
    await applicant.getByRole("link", { name: "Moje wnioski" }).click();
    const mine = applicant.locator("tbody tr").filter({ hasText: ADDRESS });
    await expect.poll(async () => text(await mine.textContent()), WAIT).toContain("rozpatrzony pozytywnie");
    expect(text(await applicant.getByRole("region", { name: "Wiadomości" }).textContent())).toContain("rozpatrzony pozytywnie");
    await mine.getByRole("link").click();
    const decision = applicant.getByRole("region", { name: /^Decyzja/ });
    await decision.waitFor(WAIT);
    expect(text(await decision.textContent())).toContain("16,65 zł/m²");
    const [download] = await Promise.all([
      applicant.waitForEvent("download"),
      decision.getByRole("link", { name: "Pobierz decyzję (PDF)" }).click(),
    ]);
    const pdf = readFileSync(await download.path());
    const pdfText = text(execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf, encoding: "utf8" }));
    for (const expected of [
      "DECYZJA", FOUNDATION, ADDRESS, "organizacja pożytku publicznego", "Stawka czynszu 16,65 zł/m²",
      "Czynsz miesięczny netto 1 045,62 zł", "VAT 23% 240,49 zł", "Czynsz miesięczny brutto 1 286,11 zł",
      "Wartość nominalna preferencji 29 277,36 zł", "28 427,30 zł", "6 688,78 EUR", "4,2500 zł",
    ]) expect(pdfText).toContain(expected);
  }, SLOW);
});
