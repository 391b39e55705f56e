import type { Locator, Page } from "playwright-core";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { systemClock, todayIn } from "@shared/domain/dates.ts";
import { pdfText } from "@tests/support/applications.ts";
import { runAxe } from "@tests/support/browser.ts";
import { browserApp } from "@tests/support/e2e.ts";

// A tenant's ramp, from the proposal to lower rent, in a browser, on the Kraków demo data. The lease is
// recorded through the API (it is not what is tested): the demo foundation rents ul. Józefińska 29
// (ZBK/L/0183: 63.80 m², ground floor, door 90 cm, level floor, no step-free entrance, no ramp, no
// accessible toilet: accessibility "none") at 10.00 zł/m² for 36 months from the first day of the month
// six months ago (no anniversary, so no indexation, before the offsets end), no rent holidays, offset
// share 50% (the default), remainder refunded.
//
// By hand: net 10.00 × 63.80 = 638.00; VAT 23% 146.74; gross 784.74; a month's offset at most
// round(0.50 × 784.74) = 392.37.
// The tenant proposes a ramp, a step-free entrance and an accessible toilet: estimate 1 800.00 + 1 200.00
// = 3 000.00. The officer consents up to 2 500.00. The tenant reports the works done on the 15th of the
// month before last: actual cost 2 600.00, one invoice of 2 600.00. The officer accepts on that month's
// last day; without a lower amount: min(2 600.00, 2 500.00) = 2 500.00.
// Offsets from the next month: 6 × 392.37 = 2 354.22, and the seventh month the rest, 145.78 (to pay
// 784.74 − 145.78 = 638.96). So far (last month and this one): 2 × 392.37 = 784.74, 1 715.26 left.
// The premises gains step-free entrance, ramp and toilet; with its door and floor: "full" accessibility.

const SLOW = 240_000;
const WAIT = { timeout: 30_000, interval: 250 };
const INVENTORY_CODE = "ZBK/L/0183";
const ADDRESS = "ul. Józefińska 29";
const TITLE = "Pochylnia, wejście bez schodów i toaleta";
const NIP = "675-14-71-246";

const app = browserApp();

const text = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
const pad = (n: number) => String(n).padStart(2, "0");

/** The month `delta` months from this one (in Kraków) as { year, month }. */
function monthFromNow(delta: number): { year: number; month: number } {
  const [y, m] = todayIn(systemClock).split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
const firstDay = (delta: number) => { const { year, month } = monthFromNow(delta); return `${year}-${pad(month)}-01`; };
const day = (delta: number, d: number) => { const { year, month } = monthFromNow(delta); return `${year}-${pad(month)}-${pad(d)}`; };
const lastDay = (delta: number) => { const { year, month } = monthFromNow(delta); return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`; };
/** The schedule's label of a month: "11.2026". */
const monthLabel = (delta: number) => { const { year, month } = monthFromNow(delta); return `${pad(month)}.${year}`; };

const START = firstDay(-6);
const COMPLETED = day(-2, 15);
const ACCEPTED = lastDay(-2);

async function newPage(): Promise<Page> {
  return (await app.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
}

/** The foundation's signed lease of ZBK/L/0183, recorded by the officer: its id, number and the premises' id. */
async function signedLease(): Promise<{ leaseId: string; number: string; premisesId: string }> {
  const found = await request(app.server.baseUrl).get(`/api/premises?q=${encodeURIComponent(INVENTORY_CODE)}`).expect(200);
  const premisesId = (found.body.items as { id: string; inventoryCode: string }[]).find((p) => p.inventoryCode === INVENTORY_CODE)!.id;
  const foundation = await app.apiAs("fundacja@demo.krakow.pl");
  const officer = await app.apiAs("urzednik@demo.krakow.pl");
  const lease = await officer.post("/api/leases").send({
    organisationId: foundation.body.organisations[0]!.id, premisesId, startDate: START, months: 36, rate: "10.00", holidayDays: 0,
  }).expect(201);
  await officer.post(`/api/leases/${lease.body.id as string}/sign`).send({ signedOn: START }).expect(200);
  return { leaseId: lease.body.id as string, number: lease.body.number as string, premisesId };
}

/** The row of a table whose header cell reads `label`. */
const rowOf = (table: Locator, label: string) => table.locator("tbody tr").filter({ has: table.page().locator("th", { hasText: label }) });

describe("a tenant's accessibility investment, from the proposal to the offsets", () => {
  it("the tenant proposes a ramp, the officer consents, the tenant reports it done, the officer accepts: the premises becomes accessible and the rent is offset", async () => {
    const { leaseId, number, premisesId } = await signedLease();
    expect((await request(app.server.baseUrl).get(`/api/premises/${premisesId}`).expect(200)).body.accessibilityLevel).toBe("none");

    // ---- the tenant proposes, from "Moje umowy"
    const tenant = await app.signedInPage("fundacja@demo.krakow.pl");
    await tenant.getByRole("link", { name: "Moje umowy" }).click();
    const card = tenant.getByRole("article", { name: `Umowa ${number}` });
    await card.getByRole("region", { name: "Nakłady najemcy" }).getByText("Do tej umowy nie zgłoszono nakładów.").waitFor(WAIT);
    await card.getByRole("link", { name: "Zgłoś nakład" }).click();
    await tenant.getByRole("heading", { level: 1, name: `Zgłoś nakład do umowy ${number}` }).waitFor(WAIT);

    await tenant.getByLabel("Nazwa nakładu").fill(TITLE);
    expect(await tenant.getByLabel("Kategoria prac").inputValue()).toBe("accessibility");
    await tenant.getByLabel("Zakres prac").fill("Pochylnia o nachyleniu 6% przy wejściu, likwidacja stopnia w drzwiach i toaleta z przestrzenią manewrową 150 × 150 cm.");
    await tenant.getByLabel("Planowany początek prac").fill(day(-2, 1));
    await tenant.getByLabel("Planowany koniec prac").fill(day(-2, 20));
    await tenant.getByLabel("Opis pozycji 1").fill("Pochylnia betonowa z poręczami");
    await tenant.getByLabel("Kwota netto pozycji 1 (zł)").fill("1800,00");
    await tenant.getByRole("button", { name: "Dodaj pozycję" }).click();
    await tenant.getByLabel("Opis pozycji 2").fill("Toaleta dostosowana");
    await tenant.getByLabel("Kwota netto pozycji 2 (zł)").fill("1200.00");
    await tenant.getByRole("button", { name: "Dodaj pozycję" }).click();
    await tenant.getByLabel("Kwota netto pozycji 3 (zł)").fill("999.99");
    const total = tenant.locator(".investment-form__total");
    await expect.poll(async () => text(await total.innerText()), WAIT).toBe("Razem netto: 3 999,99 zł");
    await tenant.getByRole("button", { name: "Usuń pozycję 3" }).click();
    await expect.poll(async () => text(await total.innerText()), WAIT).toBe("Razem netto: 3 000,00 zł");

    // No feature ticked: the error summary links to the features, whose group names the error.
    await tenant.getByRole("button", { name: "Zgłoś nakład" }).click();
    const summary = tenant.getByRole("alert").filter({ hasText: "Nie udało się zapisać" });
    await summary.waitFor(WAIT);
    expect(await summary.getByRole("link").first().getAttribute("href")).toBe("#investment-propose-addsFeatures");
    expect(text(await tenant.locator("#investment-propose-addsFeatures").innerText())).toContain("Wskaż, jakie udogodnienia dostępności przyniosą prace.");
    expect(await runAxe(tenant)).toEqual([]);
    for (const feature of ["Wejście bez schodów", "Pochylnia (rampa)", "Toaleta dostosowana"]) await tenant.getByLabel(feature, { exact: true }).check();
    await tenant.getByRole("button", { name: "Zgłoś nakład" }).click();

    await tenant.getByRole("heading", { level: 1, name: `Nakład: ${TITLE}` }).waitFor(WAIT);
    const investmentUrl = tenant.url();
    expect(investmentUrl).toMatch(/\/investments\/[0-9a-f-]{36}$/);
    expect(text(await tenant.getByRole("status").filter({ hasText: "Nakład" }).innerText())).toBe("Nakład zgłoszony; czeka na zgodę urzędu.");
    expect(text(await tenant.locator(".investment-status").innerText())).toBe("zgłoszony");
    const estimate = tenant.getByRole("table", { name: "Kosztorys (netto)" });
    expect(text(await estimate.locator("tfoot").innerText())).toBe("Razem 3 000,00 zł");
    expect(await runAxe(tenant)).toEqual([]);

    // ---- the officer: "Nakłady" opens on what waits for consent or acceptance
    const officer = await app.signedInPage("urzednik@demo.krakow.pl");
    await officer.getByRole("link", { name: "Nakłady", exact: true }).click();
    await officer.getByRole("heading", { level: 1, name: "Nakłady najemców" }).waitFor(WAIT);
    expect(await officer.getByLabel("Status").inputValue()).toBe("proposed,completed");
    const row = officer.locator("tbody tr").filter({ hasText: TITLE });
    await expect.poll(async () => text(await row.innerText()), WAIT).toContain("czeka na zgodę");
    expect(text(await row.innerText())).toContain(ADDRESS);
    expect(text(await officer.locator("tfoot").innerText())).toContain("3 000,00 zł");
    expect(await officer.getByRole("link", { name: "Pobierz CSV" }).getAttribute("href")).toBe("/api/investments/export.csv?status=proposed%2Ccompleted");
    expect(await runAxe(officer)).toEqual([]);

    // ---- consent up to 2 500.00
    await row.getByRole("link", { name: TITLE }).click();
    await officer.getByRole("heading", { level: 1, name: `Nakład: ${TITLE}` }).waitFor(WAIT);
    expect(await officer.getByLabel("Zatwierdzona kwota netto (zł)").inputValue()).toBe("3000.00");
    await officer.getByLabel("Zatwierdzona kwota netto (zł)").fill("2500.00");
    await officer.getByLabel("Warunki zgody (nieobowiązkowe)").fill("Projekt pochylni uzgodniony z zarządcą budynku.");
    await officer.getByRole("button", { name: "Wyraź zgodę" }).click();
    await officer.getByRole("status").filter({ hasText: "Zgoda wyrażona do kwoty 2 500,00 zł." }).waitFor(WAIT);
    expect(await officer.getByRole("link", { name: "Pobierz zgodę (PDF)" }).count()).toBe(1);
    expect(await runAxe(officer)).toEqual([]);

    // ---- the tenant reports the works done, with an invoice
    await tenant.reload();
    await tenant.getByRole("heading", { level: 3, name: "Zgłoś zakończenie prac" }).waitFor(WAIT);
    const consentHref = await tenant.getByRole("link", { name: "Pobierz zgodę (PDF)" }).getAttribute("href");
    const consentPdf = await tenant.context().request.get(`${app.server.baseUrl}${consentHref}`);
    expect(consentPdf.status()).toBe(200);
    expect(pdfText(await consentPdf.body())).toContain("2 500,00 zł");
    // A scan of the invoice, typed by its content: the file list shows it.
    await tenant.getByLabel("Rodzaj pliku").selectOption("scan");
    await tenant.getByLabel("Plik", { exact: true }).setInputFiles({ name: "faktura-117.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n") });
    await tenant.getByRole("button", { name: "Dodaj plik" }).click();
    await tenant.getByRole("status").filter({ hasText: "Dodano plik faktura-117.pdf." }).waitFor(WAIT);
    await tenant.getByRole("link", { name: "Otwórz faktura-117.pdf" }).waitFor(WAIT);
    await tenant.getByLabel("Data zakończenia prac").fill(COMPLETED);
    await tenant.getByLabel("Koszt rzeczywisty netto (zł)").fill("2600.00");
    await tenant.getByLabel("Numer faktury 1").fill("FV/2026/117");
    await tenant.getByLabel("Data faktury 1").fill(COMPLETED);
    await tenant.getByLabel("Sprzedawca (faktura 1)").fill("Budrem sp. z o.o.");
    await tenant.getByLabel("NIP sprzedawcy (faktura 1)").fill(NIP);
    await tenant.getByLabel("Kwota netto faktury 1 (zł)").fill("2600.00");
    expect(text(await tenant.locator(".investment-form__total").innerText())).toBe("Suma faktur netto: 2 600,00 zł");
    expect(await runAxe(tenant)).toEqual([]);
    await tenant.getByRole("button", { name: "Zgłoś zakończenie" }).click();
    await tenant.getByRole("status").filter({ hasText: "Zakończenie prac zgłoszone; urząd dokona odbioru." }).waitFor(WAIT);
    expect(text(await tenant.locator(".investment-status").innerText())).toBe("prace zakończone");

    // ---- the officer reviews the estimate against the invoice and accepts: by default min(2 600.00, 2 500.00)
    await officer.reload();
    await officer.getByRole("heading", { level: 3, name: "Odbiór prac" }).waitFor(WAIT);
    expect(text(await officer.getByRole("table", { name: "Faktury (netto)" }).innerText())).toContain("FV/2026/117");
    const compare = text(await officer.getByRole("region", { name: "Kosztorys a faktury" }).innerText());
    for (const expected of ["Kosztorys 3 000,00 zł", "Zatwierdzona kwota 2 500,00 zł", "Suma faktur 2 600,00 zł", "Koszt rzeczywisty 2 600,00 zł"]) expect(compare).toContain(expected);
    expect(compare).toMatch(/Różnica: faktury − kosztorys [-−]400,00 zł/);
    expect(await officer.getByRole("link", { name: "Otwórz faktura-117.pdf" }).count()).toBe(1);
    expect(await officer.getByLabel("Przyjęta kwota netto (zł)").inputValue()).toBe("2500.00");
    // Less than the most that can be accepted needs a reason (checked before sending); a date in the
    // future is refused by the server, its message at the date's input.
    await officer.getByLabel("Przyjęta kwota netto (zł)").fill("2400.00");
    await officer.getByRole("button", { name: "Odbierz" }).click();
    await officer.locator("#investment-accept-reason-error").filter({ hasText: "Podaj przyczynę przyjęcia niższej kwoty." }).waitFor(WAIT);
    await officer.getByLabel("Przyjęta kwota netto (zł)").fill("2500.00");
    await officer.getByLabel("Data protokołu odbioru").fill(day(1, 1));
    await officer.getByRole("button", { name: "Odbierz" }).click();
    await officer.locator("#investment-accept-acceptedOn-error").waitFor(WAIT);
    expect(await officer.getByLabel("Data protokołu odbioru").getAttribute("aria-invalid")).toBe("true");
    expect(text(await officer.getByRole("alert").filter({ hasText: "Nie udało się zapisać" }).innerText())).toContain("Data protokołu odbioru");
    expect(await runAxe(officer)).toEqual([]);
    await officer.getByLabel("Data protokołu odbioru").fill(ACCEPTED);
    await officer.getByRole("button", { name: "Odbierz" }).click();
    await officer.getByRole("status").filter({ hasText: "Nakład odebrany; do potrącenia z czynszu 2 500,00 zł." }).waitFor(WAIT);
    const record = text(await officer.getByRole("region", { name: "Dane nakładu" }).innerText());
    for (const expected of ["Potrącono z czynszu dotąd 784,74 zł", "Pozostało do potrącenia 1 715,26 zł"]) expect(record).toContain(expected);
    expect(await officer.getByRole("link", { name: "Pobierz rozliczenie (PDF)" }).count()).toBe(1);
    expect(await runAxe(officer)).toEqual([]);

    // ---- the public map and premises page: full accessibility now, and the investment in its history
    const geo = await request(app.server.baseUrl).get("/api/premises.geojson?status=leased&accessibility=full").expect(200);
    expect((geo.body.features as { properties: { id: string } }[]).map((f) => f.properties.id)).toContain(premisesId);
    const visitor = await newPage();
    await visitor.goto(`${app.server.baseUrl}/premises/${premisesId}`);
    await visitor.getByRole("heading", { level: 1, name: ADDRESS }).waitFor(WAIT);
    expect(text(await visitor.locator(".level-summary__value").innerText())).toBe("pełna dostępność");
    const history = visitor.getByRole("region", { name: "Nakłady najemców" });
    await history.waitFor(WAIT);
    const historyText = text(await history.innerText());
    for (const expected of [TITLE, "dostępność", "Wejście bez schodów", "Pochylnia (rampa)", "Toaleta dostosowana"]) expect(historyText).toContain(expected);
    expect(await runAxe(visitor)).toEqual([]);

    // ---- the lease's schedule: 392.37 off each month from the month after acceptance, the rest in the seventh
    await officer.goto(`${app.server.baseUrl}/leases/${leaseId}`);
    const schedule = officer.getByRole("table", { name: `Harmonogram płatności umowy ${number}, miesiąc po miesiącu, z sumą` });
    await schedule.waitFor(WAIT);
    const cells = async (label: string) => (await rowOf(schedule, label).locator("td").allTextContents()).map(text);
    // Columns: rate, net, VAT, gross, offset, to pay.
    expect(await cells(monthLabel(-2))).toEqual(["10,00 zł/m²", "638,00 zł", "146,74 zł", "784,74 zł", "0,00 zł", "784,74 zł"]);
    for (const delta of [-1, 0, 1, 2, 3, 4]) expect((await cells(monthLabel(delta))).slice(4)).toEqual(["392,37 zł", "392,37 zł"]);
    expect((await cells(monthLabel(5))).slice(4)).toEqual(["145,78 zł", "638,96 zł"]);
    expect((await cells(monthLabel(6)))[4]).toBe("0,00 zł");
    expect(text(await schedule.locator("tfoot").innerText())).toContain("2 500,00 zł");
    const settled = officer.getByRole("table", { name: `Nakłady rozliczane w harmonogramie umowy ${number}, w kolejności odbioru` });
    expect((await rowOf(settled, TITLE).locator("td").allTextContents()).map(text)).toEqual(["2 500,00 zł", "2 500,00 zł", "0,00 zł"]);
    const leaseInvestments = officer.getByRole("region", { name: "Nakłady najemcy" });
    await expect.poll(async () => text(await leaseInvestments.innerText()), WAIT).toContain("784,74 zł");
    expect(text(await leaseInvestments.innerText())).toContain("1 715,26 zł");
    expect(await runAxe(officer)).toEqual([]);

    // ---- the tenant sees it on its lease card with the offsets, and downloads the settlement
    await tenant.goto(`${app.server.baseUrl}/my-leases`);
    const tenantCard = tenant.getByRole("article", { name: `Umowa ${number}` });
    const tenantInvestments = tenantCard.getByRole("region", { name: "Nakłady najemcy" });
    await expect.poll(async () => text(await tenantInvestments.innerText()), WAIT).toContain("odebrany");
    expect(text(await tenantInvestments.innerText())).toContain("1 715,26 zł");
    expect(await runAxe(tenant)).toEqual([]);
    await tenant.goto(investmentUrl);
    const settlementHref = await tenant.getByRole("link", { name: "Pobierz rozliczenie (PDF)" }).getAttribute("href");
    const settlement = await tenant.context().request.get(`${app.server.baseUrl}${settlementHref}`);
    expect(settlement.status()).toBe(200);
    expect(pdfText(await settlement.body())).toContain("392,37");
  }, SLOW);
});
