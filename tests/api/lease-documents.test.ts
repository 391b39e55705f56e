import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_LEASE_TEMPLATE } from "@server/features/lease-templates/index.ts";
import { seedPriceIndices } from "@server/features/price-indices/seed.ts";
import type { Lease } from "@shared/contracts/leases.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatArea, formatPLN, formatRate } from "@shared/domain/money.ts";
import { binary, pdfText, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId } from "@tests/support/factories.ts";
import { fixedClock } from "@shared/domain/dates.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Every premises here: 50.00 m² (createPremisesId). At 10.00 zł/m²: net 500.00, VAT 23% 115.00,
// gross 615.00 a month; deposit 3 × 615.00 = 1 845.00. The figures below come from the record's API
// response, written the Polish way ("1 845,00 zł") as the document prints them.

const ARTIFACTS = path.resolve("tests/artifacts/lease-document");

let t: TestApp;
let officer: SignedIn;
let admin: SignedIn;
let tenant: Applicant;
let other: Applicant;

beforeAll(async () => {
  t = await createTestApp({}, fixedClock("2024-06-03T10:00:00Z")); // the leases here (from 2024-03-01) run
  await seedPolicy(t);
  await seedPriceIndices(t.db);
  officer = await signedInStaff(t);
  admin = await signedInStaff(t, "admin");
  tenant = await verifiedApplicant(t);
  other = await verifiedApplicant(t);
});
afterAll(() => t.close());

/** pdftotext's spaces (and the no-break spaces of amounts) as single spaces. */
const flat = (s: string) => s.replace(/\s+/g, " ");

async function recordedLease(overrides: Record<string, unknown> = {}): Promise<Lease> {
  const premisesId = await createPremisesId(t.db);
  const body = { organisationId: tenant.organisationId, premisesId, startDate: "2024-03-01", months: 36, rate: "10.00", holidayDays: 30, ...overrides };
  return (await officer.call("post", "/api/leases").send(body).expect(201)).body as Lease;
}

async function pdf(who: SignedIn, url: string, status = 200): Promise<Buffer> {
  const res = await who.call("get", url).buffer(true).parse(binary).expect(status);
  if (status === 200) expect(res.headers["content-type"]).toBe("application/pdf");
  return res.body as Buffer;
}

describe("the lease agreement (GET /api/leases/{id}/document.pdf)", () => {
  it("holds the parties, the area, the rent figures and the deposit exactly as the record; a draft is marked PROJEKT", async () => {
    const lease = await recordedLease();
    expect(lease.templateVersion).toBe(1);
    const record = (await tenant.session.call("get", `/api/leases/${lease.id}`).expect(200)).body as Lease;
    const text = pdfText(await pdf(tenant.session, `/api/leases/${lease.id}/document.pdf`));
    const { organisation, premises } = record.parties;
    for (const expected of [
      "UMOWA NAJMU LOKALU UŻYTKOWEGO", record.number, "Gmina Miejska Kraków", "NIP 6761013717",
      organisation.name, `NIP ${organisation.nip}`, `REGON ${organisation.regon}`, premises.address, premises.inventoryCode,
      formatArea(record.area), formatRate(record.rate), formatPLN(record.monthlyNet), formatPLN(record.monthlyVat), formatPLN(record.monthlyGross),
      formatPLN(record.deposit), record.permittedUse, formatDate(record.startDate), formatDate(record.endDate!),
      "§ 1. Przedmiot najmu", "§ 4. Waloryzacja czynszu", "§ 10. Postanowienia końcowe", "zwolniony z czynszu przez 30 dni", "do 10. dnia",
      "PROTOKÓŁ ZDAWCZO-ODBIORCZY", "Wejście bez stopni", "Stan liczników", "HARMONOGRAM PŁATNOŚCI", "Wzór umowy: wersja 1 (wzór przykładowy)", "PROJEKT",
    ]) expect(text, expected).toContain(flat(expected));
    expect(record.monthlyNet).toBe("500.00");
    expect(record.monthlyVat).toBe("115.00");
    expect(record.monthlyGross).toBe("615.00");
    expect(record.deposit).toBe("1845.00");
    expect(text).toContain("1 845,00 zł");
    // Annex 2: the first 12 months; March 2024 half rent-free (30 of 31 days), then 11 × 615.00.
    expect(text).toContain("2024-03");
    expect(text).toContain("2025-02");
    expect(text).not.toContain("2025-03 ");
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it("a signed lease carries no PROJEKT mark, and two renders of one record are the same bytes", async () => {
    const lease = await recordedLease();
    await officer.call("post", `/api/leases/${lease.id}/sign`).send({ signedOn: "2024-02-20" }).expect(200);
    const first = await pdf(officer, `/api/leases/${lease.id}/document.pdf`);
    const second = await pdf(tenant.session, `/api/leases/${lease.id}/document.pdf`);
    expect(first.equals(second)).toBe(true);
    const text = pdfText(first);
    expect(text).not.toContain("PROJEKT");
    expect(text).toContain(`zawarta w Krakowie w dniu ${flat(formatDate("2024-02-20"))}`);
  });

  it("is 404 for another organisation's tenant and for a lease that does not exist", async () => {
    const lease = await recordedLease();
    await pdf(other.session, `/api/leases/${lease.id}/document.pdf`, 404);
    await pdf(officer, "/api/leases/00000000-0000-4000-8000-00000000beef/document.pdf", 404);
  });

  it("renders page 1 to a PNG under tests/artifacts/lease-document", async () => {
    const lease = await recordedLease();
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, "lease-draft.pdf");
    writeFileSync(file, await pdf(officer, `/api/leases/${lease.id}/document.pdf`));
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, path.join(ARTIFACTS, "page-1")]);
    const png = path.join(ARTIFACTS, "page-1.png");
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(1000);
  });
});

describe("an annex (GET /api/leases/{id}/annexes/{n}/document.pdf)", () => {
  it("states what changes from its date, with the parties; 404 for an annex that does not exist and for another organisation", async () => {
    const lease = await recordedLease();
    await officer.call("post", `/api/leases/${lease.id}/sign`).send({ signedOn: "2024-02-20" }).expect(200);
    await officer.call("post", `/api/leases/${lease.id}/annexes`).send({ effectiveFrom: "2025-07-01", rate: "11.00" }).expect(201);
    const bytes = await pdf(tenant.session, `/api/leases/${lease.id}/annexes/1/document.pdf`);
    const text = pdfText(bytes);
    // 50.00 m² at 11.00: net 550.00, VAT 126.50, gross 676.50.
    for (const expected of ["ANEKS NR 1", lease.number, formatDate("2025-07-01"), formatRate("11.00"), formatPLN("550.00"), formatPLN("126.50"), formatPLN("676.50"), lease.parties.organisation.name]) {
      expect(text, expected).toContain(flat(expected));
    }
    expect((await pdf(officer, `/api/leases/${lease.id}/annexes/1/document.pdf`)).equals(bytes)).toBe(true);
    await pdf(officer, `/api/leases/${lease.id}/annexes/2/document.pdf`, 404);
    await pdf(other.session, `/api/leases/${lease.id}/annexes/1/document.pdf`, 404);
  });
});

describe("the lease template (/api/lease-templates)", () => {
  it("lists the example as version 1; a new version is cited by the leases made after it and used for their document", async () => {
    await recordedLease();
    const list = (await officer.call("get", "/api/lease-templates").expect(200)).body as { items: { version: number; isExample: boolean }[] };
    expect(list.items.at(-1)).toMatchObject({ version: 1, isExample: true });
    const sections = [...EXAMPLE_LEASE_TEMPLATE.sections, { heading: "Klauzula testowa", paragraphs: ["Najemca {{tenant.name}} płaci {{rent.gross}}, kaucja {{deposit}}."] }];
    const created = await admin.call("post", "/api/lease-templates").send({ sections }).expect(201);
    const version = created.body.version as number;
    expect(version).toBe(list.items[0]!.version + 1);
    expect(created.body).toMatchObject({ isExample: false, createdBy: admin.user.email });
    const lease = await recordedLease();
    expect(lease.templateVersion).toBe(version);
    const text = pdfText(await pdf(officer, `/api/leases/${lease.id}/document.pdf`));
    expect(text).toContain(flat(`§ 11. Klauzula testowa`));
    expect(text).toContain(flat(`Najemca ${lease.parties.organisation.name} płaci ${formatPLN(lease.monthlyGross)}, kaucja ${formatPLN(lease.deposit)}.`));
    expect(text).toContain(`Wzór umowy: wersja ${version}.`);
  });

  it("refuses an unknown placeholder with 400 naming the field, and writes nothing", async () => {
    const before = (await officer.call("get", "/api/lease-templates").expect(200)).body.items.length as number;
    const sections = [{ heading: "Przedmiot najmu", paragraphs: ["Lokal {{premises.address}}.", "Czynsz {{rent.netto}} zł."] }];
    const res = await admin.call("post", "/api/lease-templates").send({ sections }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "sections.0.paragraphs.1", code: "template.placeholder.unknown" })]);
    expect((await officer.call("get", "/api/lease-templates").expect(200)).body.items.length).toBe(before);
    await officer.call("post", "/api/lease-templates").send({ sections: EXAMPLE_LEASE_TEMPLATE.sections }).expect(403);
  });

  it("previews a version with the sample lease, as a draft (admin only)", async () => {
    await recordedLease();
    const text = pdfText(await pdf(admin, "/api/lease-templates/1/preview.pdf"));
    for (const expected of ["Fundacja Przykładowa", "§ 1. Przedmiot najmu", formatPLN("627.30"), "PROJEKT"]) expect(text, expected).toContain(flat(expected));
    await pdf(admin, "/api/lease-templates/999/preview.pdf", 404);
    await pdf(officer, "/api/lease-templates/1/preview.pdf", 403);
  });
});
