import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPriceIndices } from "@server/features/price-indices/seed.ts";
import { DISTRICT_IDS } from "@shared/districts.ts";
import { addDays, fixedClock } from "@shared/domain/dates.ts";
import { seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// The officers' leases list and its CSV export, on an app whose clock says it is 15 June 2026 in Kraków.
// Every premises is 50.00 m²; at 10.00 zł/m² the monthly gross is 615.00.

let t: TestApp;
let officer: SignedIn;
let tenantA: Applicant;
let tenantB: Applicant;
const [d1, d2] = [DISTRICT_IDS[0], DISTRICT_IDS[1]!];
const ids: Record<string, string> = {};
const numbers: Record<string, string> = {};

type Item = { id: string; attention: string | null; organisationId: string };
const names = (items: Item[]) => items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0]);

async function lease(name: string, organisationId: string, district: string, startDate: string, months: number, sign: boolean) {
  const premisesId = await createPremisesId(t.db, { district: district as (typeof DISTRICT_IDS)[number] });
  const res = await officer.call("post", "/api/leases").send({ organisationId, premisesId, startDate, months, rate: "10.00", holidayDays: 0 }).expect(201);
  if (sign) await officer.call("post", `/api/leases/${res.body.id}/sign`).send({ signedOn: startDate }).expect(200);
  ids[name] = res.body.id as string;
  numbers[name] = res.body.number as string;
}

beforeAll(async () => {
  t = await createTestApp({}, fixedClock("2026-06-15T10:00:00Z"));
  await seedPolicy(t);
  await seedPriceIndices(t.db);
  officer = await signedInStaff(t);
  tenantA = await verifiedApplicant(t);
  tenantB = await verifiedApplicant(t);
  // A name a spreadsheet would run as a formula: the export must keep it text.
  await t.db.organisation.update({ where: { id: tenantB.organisationId }, data: { name: "=SUM(1;2) Fundacja" } });
  await lease("soonest", tenantA.organisationId, d1, "2024-07-01", 24, true); // ends 2026-06-30
  await lease("soon", tenantA.organisationId, d2, "2024-09-01", 24, true); // ends 2026-08-31
  await lease("december", tenantB.organisationId, d1, "2025-01-01", 24, true); // ends 2026-12-31
  await lease("draft", tenantB.organisationId, d2, "2026-07-01", 12, false);
  await lease("long", tenantA.organisationId, d1, "2025-01-01", 60, true); // ends 2029-12-31
});
afterAll(() => t.close());

const list = async (who: SignedIn, query = "") => ((await who.call("get", `/api/leases?pageSize=100${query}`).expect(200)).body as { items: Item[]; page: { total: number } });

describe("GET /api/leases", () => {
  it("puts signed leases ending within 90 days first (soonest first), then drafts, then the rest by newest number", async () => {
    const { items, page } = await list(officer);
    expect(names(items)).toEqual(["soonest", "soon", "draft", "long", "december"]);
    expect(items.map((i) => i.attention)).toEqual(["ending-soon", "ending-soon", "awaiting-signature", null, null]);
    expect(page.total).toBe(5);
  });

  it("pages through the queue order", async () => {
    const second = (await officer.call("get", "/api/leases?pageSize=2&page=2").expect(200)).body as { items: Item[]; page: { total: number; pages: number } };
    expect(names(second.items)).toEqual(["draft", "long"]);
    expect(second.page).toMatchObject({ total: 5, pages: 3 });
  });

  it("filters by district, organisation and status", async () => {
    expect(names((await list(officer, `&district=${d1}`)).items)).toEqual(["soonest", "long", "december"]);
    expect(names((await list(officer, `&district=${d1},${d2}&organisationId=${tenantB.organisationId}`)).items)).toEqual(["draft", "december"]);
    expect(names((await list(officer, "&status=draft")).items)).toEqual(["draft"]);
  });

  it("filters signed leases ending within N months from today in Kraków", async () => {
    expect(names((await list(officer, "&endsWithinMonths=3")).items)).toEqual(["soonest", "soon"]);
    expect(names((await list(officer, "&endsWithinMonths=7")).items)).toEqual(["soonest", "soon", "december"]);
    expect(names((await list(officer, "&endsWithinMonths=7&status=draft")).items)).toEqual([]);
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
  });

  it("answers bad filters 400 naming the field", async () => {
    for (const [query, field] of [["endsWithinMonths=0", "endsWithinMonths"], ["endsWithinMonths=abc", "endsWithinMonths"], ["endsWithinMonths=2.5", "endsWithinMonths"], ["district=atlantyda", "district"], ["organisationId=x", "organisationId"]] as const) {
      const res = await officer.call("get", `/api/leases?${query}`).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: expect.stringMatching(new RegExp(`^${field}`)) })]);
    }
  });

  it("an applicant cannot widen its list to another organisation", async () => {
    const own = await list(tenantA.session);
    expect(names(own.items)).toEqual(["soonest", "soon", "long"]);
    expect((await list(tenantA.session, `&organisationId=${tenantB.organisationId}`)).items).toEqual([]);
    expect(names((await list(tenantB.session, `&district=${d1}`)).items)).toEqual(["december"]);
  });
});

describe("GET /api/leases/export.csv", () => {
  it("is the filtered list in the queue order, in the register's spreadsheet style", async () => {
    const res = await officer.call("get", `/api/leases/export.csv?district=${d1}`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on("data", (c: Buffer) => chunks.push(c));
      r.on("end", () => done(null, Buffer.concat(chunks).toString("utf8")));
    }).expect(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers["content-disposition"]).toBe('attachment; filename="umowy-najmu-2026-06-15.csv"');
    const text = res.body as string;
    expect(text.startsWith("\ufeff")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe("Numer;Status;Kolejka;Najemca;NIP;Lokal;Kod inwentarzowy;Dzielnica;Powierzchnia (m²);Stawka (zł/m²);Czynsz netto (zł);VAT (zł);Czynsz brutto (zł);Kaucja (zł);Początek;Koniec;Data podpisania;Data rozwiązania");
    expect(lines).toHaveLength(5); // header, three leases, the empty rest after the last CRLF
    const first = lines[1]!.split(";");
    expect(first.slice(0, 3)).toEqual([numbers.soonest, "podpisana", "kończy się wkrótce"]);
    expect(first.slice(8)).toEqual(["50,00", "10,00", "500,00", "115,00", "615,00", "1845,00", "01.07.2024", "30.06.2026", "01.07.2024", ""]);
    expect(lines[2]!.startsWith(`${numbers.long};podpisana;;`)).toBe(true);
    // The formula-like name is quoted (it holds a semicolon) and starts with an apostrophe.
    expect(lines[3]).toContain(`${numbers.december};podpisana;;"'=SUM(1;2) Fundacja";`);
  });

  it("takes the list's filters and refuses bad ones", async () => {
    const res = await officer.call("get", "/api/leases/export.csv?endsWithinMonths=3").expect(200);
    expect(String(res.text).split("\r\n").filter((l) => l !== "")).toHaveLength(3);
    const bad = await officer.call("get", "/api/leases/export.csv?endsWithinMonths=-1").expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: "endsWithinMonths" })]);
  });

  it("is for staff only", async () => {
    await tenantA.session.call("get", "/api/leases/export.csv").expect(403);
  });
});
