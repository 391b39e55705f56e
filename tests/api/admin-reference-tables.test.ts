import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "@shared/domain/rate-policy.ts";
import { seedPriceIndices } from "@server/features/price-indices/index.ts";
import { seedRatePolicy } from "@server/features/rate-policy/index.ts";
import { daysFromToday } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { applicationIn, createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// The system clock: "today" is the machine's day in Kraków. The leases below are in the past.

let t: TestApp;
let admin: SignedIn;
let officer: SignedIn;
let applicant: Applicant;

const { id: _id, ...example } = EXAMPLE_POLICY;

beforeAll(async () => {
  t = await createTestApp();
  await seedRatePolicy(t.db);
  await seedPriceIndices(t.db);
  [admin, officer, applicant] = await Promise.all([signedInStaff(t, "admin"), signedInStaff(t), verifiedApplicant(t)]);
});
afterAll(() => t.close());

describe("the rate policy preview", () => {
  it("shows, for available premises, today's and the draft's rate per category, a dropped category as none; nothing is stored", async () => {
    // 40.00 zł/m²: the example's 80% off is 8.00; a draft's 90% off is 4.00, raised to the 5.00 floor.
    const id = await createPremisesId(t.db, { inventoryCode: "A/0001", baseRent: "40.00" });
    await createPremisesId(t.db, { inventoryCode: "A/0000", status: "leased" });
    const draft = {
      ...example, name: "Polityka 2030", effectiveFrom: "2030-01-01", isExample: false,
      categories: [{ ...example.categories[0]!, rule: { kind: "discount", percent: "90" } }, ...example.categories.slice(1, 4)],
    };
    const before = await t.db.ratePolicyVersion.count();
    const res = await admin.call("post", "/api/rate-policies/preview").send(draft).expect(200);
    expect(await t.db.ratePolicyVersion.count()).toBe(before);
    expect(res.body.current).toMatchObject({ name: EXAMPLE_POLICY.name, isExample: true });
    const [first] = res.body.premises as { id: string; inventoryCode: string; baseRate: string; lines: { category: string; current: string | null; proposed: string | null }[] }[];
    expect(first).toMatchObject({ id, inventoryCode: "A/0001", baseRate: "40.00" });
    const line = (code: string) => first!.lines.find((l) => l.category === code);
    expect(line("social-enterprise")).toMatchObject({ current: "8.00", proposed: "5.00" });
    expect(line("public-benefit")).toMatchObject({ current: "12.00", proposed: "12.00" });
    expect(line("other-ngo")).toMatchObject({ current: "20.00", proposed: null });
  });

  it("checks the draft as adopting it would (400 naming the field)", async () => {
    const res = await admin.call("post", "/api/rate-policies/preview").send({ ...example, floorRate: "5" }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain("floorRate");
  });
});

describe("correcting a discount rate", () => {
  it("corrects a rate no decision used, with its audit entry", async () => {
    await admin.call("post", "/api/discount-rates").send({ from: "2031-01-01", baseRate: "0.0500", discountRate: "0.0600" }).expect(201);
    const res = await admin.call("put", "/api/discount-rates/2031-01-01").send({ baseRate: "0.0510", discountRate: "0.0610" }).expect(200);
    expect(res.body).toEqual({ from: "2031-01-01", baseRate: "0.0510", discountRate: "0.0610" });
    const audit = await officer.call("get", "/api/audit?entity=rate-policy&entityId=discount-rate:2031-01-01").expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["update", "create"]);
    await admin.call("put", "/api/discount-rates/2032-01-01").send({ baseRate: "0.0510", discountRate: "0.0610" }).expect(404);
  });

  it("refuses to correct a rate a decision discounted aid at, or to add one that would change it, naming the decision (409)", async () => {
    // Approved with a start (the grant date) 30 days from today: the 2024 rate is in force then.
    await applicationIn(t.db, "approved", applicant.session, officer, applicant.organisationId);
    const corrected = await admin.call("put", "/api/discount-rates/2024-01-01").send({ baseRate: "0.0570", discountRate: "0.0670" }).expect(409);
    expect(corrected.body.type).toMatch(/discount-rate-in-use$/);
    expect(corrected.body.detail).toContain(`decyzji o dacie udzielenia pomocy ${daysFromToday(30)} dla „`);
    const added = await admin.call("post", "/api/discount-rates").send({ from: daysFromToday(1), baseRate: "0.0500", discountRate: "0.0600" }).expect(409);
    expect(added.body.detail).toContain(daysFromToday(30));
    await admin.call("post", "/api/discount-rates").send({ from: daysFromToday(31), baseRate: "0.0500", discountRate: "0.0600" }).expect(201);
    expect((await admin.call("get", "/api/discount-rates").expect(200)).body.find((r: { from: string }) => r.from === "2024-01-01").discountRate).toBe("0.0668");
  });
});

async function signedLease(startDate: string, months: number, terminatedOn?: string): Promise<string> {
  const premisesId = await createPremisesId(t.db);
  const created = await officer.call("post", "/api/leases")
    .send({ organisationId: applicant.organisationId, premisesId, startDate, months, rate: "10.00", holidayDays: 0 });
  if (created.status !== 201) throw new Error(`lease failed: ${created.status} ${created.text}`);
  const id = created.body.id as string;
  await officer.call("post", `/api/leases/${id}/sign`).send({ signedOn: startDate }).expect(200);
  if (terminatedOn) await officer.call("post", `/api/leases/${id}/terminate`).send({ date: terminatedOn, reason: "Porozumienie stron." }).expect(200);
  return created.body.number as string;
}

describe("correcting a price index", () => {
  it("refuses a value that has already indexed a signed lease's rent, naming the lease (409); one whose anniversaries fall after the leases' ends may change", async () => {
    const number = await signedLease("2023-06-01", 36);
    await signedLease("2025-09-01", 24, "2025-12-31");
    const refused = await admin.call("put", "/api/price-indices/2023").send({ cpi: "111.5" }).expect(409);
    expect(refused.body.type).toMatch(/price-index-in-use$/);
    expect(refused.body.detail).toContain(`${number} (waloryzacja 2024-06-01)`);
    expect((await admin.call("get", "/api/price-indices/2023").expect(200)).body.cpi).toBe("111.4");
    // 2025's value would index the first lease on 01.06.2026, after its end (31.05.2026), and the
    // second on 01.09.2026, after its termination: it may still be corrected.
    await admin.call("put", "/api/price-indices/2025").send({ cpi: "103.7" }).expect(201);
    await admin.call("put", "/api/price-indices/2025").send({ cpi: "103.8" }).expect(200);
    // The same value again changes nothing and is no correction.
    await admin.call("put", "/api/price-indices/2023").send({ cpi: "111.4" }).expect(200);
  });
});
