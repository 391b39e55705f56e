import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Statistics } from "@shared/contracts/statistics.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { seedLeaseTemplate } from "@server/features/lease-templates/index.ts";
import { seedPriceIndices } from "@server/features/price-indices/seed.ts";
import { seedRatePolicy } from "@server/features/rate-policy/seed.ts";
import { signedInStaff, verifiedApplicant, type Applicant, type SignedIn } from "@tests/support/auth.ts";
import { createPremises, createPremisesId, investmentIn, premisesInput, submittedApplication } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";
import { daysFromToday } from "@tests/support/applications.ts";

let t: TestApp;
let officer: SignedIn;
let tenant: Applicant;
const NAME = "Spółdzielnia Socjalna Statystyczna";

/** "2026-12" shifted by `by` months. */
function monthShift(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const at = new Date(Date.UTC(y, m - 1 + by, 15));
  return at.toISOString().slice(0, 7);
}
const thisMonth = () => toIsoDate(new Date()).slice(0, 7);

beforeAll(async () => {
  t = await createTestApp();
  await seedRatePolicy(t.db);
  await seedPriceIndices(t.db);
  await seedLeaseTemplate(t.db);
  officer = await signedInStaff(t);
  tenant = await verifiedApplicant(t, { name: NAME, economicActivity: true });
  await createPremises(t.db,
    { inventoryCode: "ST/1", district: "nowa-huta", status: "available", condition: "poor" },
    { inventoryCode: "ST/2", district: "nowa-huta", status: "available", condition: "good" },
    { inventoryCode: "ST/3", district: "podgorze", status: "withdrawn" },
  );
}, 120_000);

afterAll(() => t?.close());

const statistics = async () => (await request(t.app).get("/api/statistics").expect(200)).body as Statistics;

describe("GET /api/statistics", () => {
  it("counts premises by district and status, and conditions without the withdrawn ones", async () => {
    const s = await statistics();
    expect(s.premises).toEqual(expect.arrayContaining([
      { district: "nowa-huta", status: "available", count: 2 }, { district: "podgorze", status: "withdrawn", count: 1 },
    ]));
    expect(s.conditions).toEqual(expect.arrayContaining([{ condition: "poor", count: 1 }, { condition: "good", count: 1 }]));
    expect(s.conditions.reduce((sum, c) => sum + c.count, 0)).toBe(2);
  });

  it("rebuilds the social pool's accessibility month by month from the audit trail", async () => {
    // Entered three months ago without access; made fully accessible last month (backdated rows).
    const input = premisesInput({ inventoryCode: "ST/POOL", socialPool: true });
    const id = (await officer.call("post", "/api/premises").send(input).expect(201)).body.id as string;
    const now = thisMonth();
    await t.db.premises.update({ where: { id }, data: { createdAt: new Date(`${monthShift(now, -3)}-10T12:00:00Z`) } });
    await t.db.auditEvent.deleteMany({ where: { entityId: id } });
    const accessible = { ...input, accessibility: { ...input.accessibility, stepFreeEntrance: true, levelFloor: true, accessibleToilet: true, doorWidthCm: 95 } };
    await officer.call("put", `/api/premises/${id}`).send(accessible).expect(200);
    await t.db.auditEvent.updateMany({ where: { entityId: id }, data: { at: new Date(`${monthShift(now, -1)}-10T12:00:00Z`) } });
    await t.db.premises.updateMany({ where: { inventoryCode: { startsWith: "ST/" }, NOT: { id } }, data: { createdAt: new Date(`${monthShift(now, -3)}-01T12:00:00Z`) } });

    const s = await statistics();
    const months = s.accessibilityOverTime.map((p) => p.month);
    expect(months).toEqual([monthShift(now, -3), monthShift(now, -2), monthShift(now, -1), now]);
    const pool = s.accessibilityOverTime.map((p) => [p.pool.total, p.pool.full, p.pool.none]);
    expect(pool).toEqual([[1, 0, 1], [1, 0, 1], [1, 1, 0], [1, 1, 0]]);
    // The register: ST/1, ST/2 and the pool's premises (ST/3 is withdrawn).
    expect(s.accessibilityOverTime.at(-1)!.register.total).toBe(3);
  });

  it("counts applications and decisions by quarter, leases with their monthly preference, de minimis aid and investments, in exact decimals", async () => {
    const premisesId = await createPremisesId(t.db, { inventoryCode: "ST/APP", baseRent: "30.00", usableArea: "50.00" });
    const applicationId = await submittedApplication(tenant, premisesId);
    await officer.call("post", `/api/applications/${applicationId}/approve`).send({ startDate: daysFromToday(30), months: 12, eurRate: "4.2500" }).expect(200);
    const decision = (await tenant.session.call("get", `/api/applications/${applicationId}`).expect(200)).body;
    // A lease recorded from paper: 10.00 zł/m² on 50.00 m² against the base 30.00 zł/m²: 1 000,00 zł a month.
    const paperPremises = await createPremisesId(t.db, { inventoryCode: "ST/LEASE", baseRent: "30.00", usableArea: "50.00" });
    const lease = await officer.call("post", "/api/leases").send({
      organisationId: tenant.organisationId, premisesId: paperPremises, startDate: "2025-01-01", endDate: null, rate: "10.00", holidayDays: 0,
    }).expect(201);
    await officer.call("post", `/api/leases/${lease.body.id}/sign`).send({ signedOn: "2024-12-20" }).expect(200);
    const investmentId = await investmentIn("accepted", lease.body.id as string, tenant.session, officer);
    const investment = (await officer.call("get", `/api/investments/${investmentId}`).expect(200)).body;

    const s = await statistics();
    const quarter = `${toIsoDate(new Date()).slice(0, 4)}-Q${Math.ceil(Number(toIsoDate(new Date()).slice(5, 7)) / 3)}`;
    expect(s.applications).toEqual([{ quarter, submitted: 1, approved: 1, rejected: 0, medianDaysToDecision: 0 }]);
    expect(s.leases).toEqual([{ year: 2025, leases: 1, preferential: 1, monthlyPreference: "1000.00" }]);
    expect(s.leasesInForce).toEqual({ leases: 1, preferential: 1, monthlyPreference: "1000.00" });

    // The same figures as the decision's own record of the aid.
    const aid = decision.decision.aid;
    expect(aid.deMinimis).toBe(true);
    expect(s.deMinimis).toEqual([{ year: Number(aid.grantDate.slice(0, 4)), grants: 1, amountPln: aid.discounted, amountEur: aid.eur }]);

    const year = Number(toIsoDate(new Date()).slice(0, 4));
    expect(s.investments).toEqual([{
      year, category: "accessibility", proposed: 1, consented: 1, consentedAmount: "2000.00", accepted: 1, acceptedAmount: investment.acceptedAmount,
    }]);
    expect(investment.acceptedAmount).toMatch(/^\d+\.\d{2}$/);
  });

  it("the officers' de minimis report lists each grant of the period in one row, for SHRIMP; others may not read it", async () => {
    const decision = (await t.db.decision.findFirstOrThrow({ where: { terms: { deMinimisAid: { isNot: null } } }, include: { terms: { include: { deMinimisAid: true } } } }));
    const grantDate = decision.terms!.grantDate;
    const url = `/api/statistics/de-minimis-report.csv?from=${grantDate}&to=${grantDate}`;
    const res = await officer.call("get", url).expect(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    const [header, ...rows] = res.text.replace(/^\ufeff/, "").split("\r\n").filter(Boolean);
    expect(header!.split(";")).toContain("Wartość pomocy brutto [EUR]");
    expect(rows).toHaveLength(1);
    const cells = rows[0]!.split(";");
    expect(cells.slice(0, 3)).toEqual(["1", "Gmina Miejska Kraków – Zarząd Budynków Komunalnych w Krakowie", "6761013717"]);
    expect(cells).toContain(decision.caseNumber);
    expect(cells).toContain(NAME);
    expect(cells).toContain((Number(decision.terms!.deMinimisAid!.aidEurCents) / 100).toFixed(2).replace(".", ","));
    const before = `/api/statistics/de-minimis-report.csv?from=2020-01-01&to=2020-12-31`;
    expect((await officer.call("get", before).expect(200)).text.replace(/^\ufeff/, "").split("\r\n").filter(Boolean)).toHaveLength(1);
    await request(t.app).get(url).expect(401);
    await tenant.session.call("get", url).expect(403);
    const backwards = await officer.call("get", "/api/statistics/de-minimis-report.csv?from=2026-02-01&to=2026-01-01").expect(400);
    expect(JSON.stringify(backwards.body)).toContain("Koniec okresu nie może być wcześniejszy");
  });

  it("officers filter by district and period; the CSV holds the filtered figures; others may not filter", async () => {
    const whole = await statistics();
    const filtered = (await officer.call("get", "/api/statistics/filtered?district=nowa-huta").expect(200)).body as Statistics;
    expect(filtered.premises.every((p) => p.district === "nowa-huta")).toBe(true);
    const nowaHuta = whole.premises.filter((p) => p.district === "nowa-huta");
    expect(filtered.premises).toEqual(nowaHuta);
    expect(filtered.premises.some((p) => p.district === "podgorze")).toBe(false);
    expect(whole.premises.some((p) => p.district === "podgorze")).toBe(true);
    // The application, lease, aid and investment are in Stare Miasto (the factories' district), none in Podgórze.
    const other = (await officer.call("get", "/api/statistics/filtered?district=podgorze").expect(200)).body as Statistics;
    expect(other.premises).toEqual([{ district: "podgorze", status: "withdrawn", count: 1 }]);
    expect(other.conditions).toEqual([]);
    expect([other.applications, other.leases, other.deMinimis, other.investments]).toEqual([[], [], [], []]);
    const oldTown = (await officer.call("get", "/api/statistics/filtered?district=stare-miasto").expect(200)).body as Statistics;
    expect([oldTown.applications, oldTown.leases, oldTown.deMinimis, oldTown.investments]).toEqual([whole.applications, whole.leases, whole.deMinimis, whole.investments]);

    // The period keeps the series that overlap it: 2025's leases, not the current year's applications.
    const period = (await officer.call("get", "/api/statistics/filtered?from=2025-01-01&to=2025-12-31").expect(200)).body as Statistics;
    expect(period.leases).toEqual([{ year: 2025, leases: 1, preferential: 1, monthlyPreference: "1000.00" }]);
    expect(period.applications).toEqual([]);
    expect(period.accessibilityOverTime.every((p) => p.month.startsWith("2025-"))).toBe(true);
    expect(period.premises).toEqual(whole.premises);

    const csv = await officer.call("get", "/api/statistics/filtered.csv?district=podgorze").expect(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers["content-disposition"]).toContain("statystyki-podgorze.csv");
    const rows = csv.text.replace(/^\ufeff/, "").split("\r\n").filter(Boolean);
    expect(rows[0]).toBe("Zestawienie;Okres;Grupa;Miara;Wartość");
    const byDistrict = rows.filter((r) => r.startsWith("lokale według statusu i dzielnicy;"));
    expect(byDistrict).toEqual([expect.stringMatching(/;Podgórze;status: withdrawn;1$/)]);

    await request(t.app).get("/api/statistics/filtered?district=nowa-huta").expect(401);
    await tenant.session.call("get", "/api/statistics/filtered?district=nowa-huta").expect(403);
    await tenant.session.call("get", "/api/statistics/filtered.csv").expect(403);
    const bad = await officer.call("get", "/api/statistics/filtered?district=atlantyda").expect(400);
    expect(bad.headers["content-type"]).toMatch(/problem\+json/);
    expect(JSON.stringify(bad.body)).toContain("district");
    const backwards = await officer.call("get", "/api/statistics/filtered?from=2026-02-01&to=2026-01-01").expect(400);
    expect(JSON.stringify(backwards.body)).toContain("Koniec okresu nie może być wcześniejszy");
    await officer.call("get", "/api/statistics/filtered?from=2026-13-01").expect(400);
  });

  it("holds no personal data, and answers 304 to its current ETag", async () => {
    const res = await request(t.app).get("/api/statistics").expect(200);
    expect(res.text).not.toContain(NAME);
    expect(res.text).not.toContain(officer.user.email);
    expect(res.text).not.toMatch(/nip|email|organisationId/i);
    await request(t.app).get("/api/statistics").set("If-None-Match", res.headers.etag as string).expect(304);
    await createPremises(t.db, { inventoryCode: "ST/NEW" });
    await request(t.app).get("/api/statistics").set("If-None-Match", res.headers.etag as string).expect(200);
  });
});
