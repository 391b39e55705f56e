import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@shared/domain/dates.ts";
import { leaseSchedule } from "@shared/domain/lease-schedule.ts";
import { priceIndexTable, seedPriceIndices } from "@server/features/price-indices/index.ts";
import { type SignedIn, signedInStaff, verifiedApplicant, type Applicant } from "@tests/support/auth.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// "Today" is 1 March 2026 in Kraków: 2025 is over (its annual average is published), 2026 is not.
const NOW = "2026-03-01T10:00:00Z";

let t: TestApp;
let admin: SignedIn;
let officer: SignedIn;
let applicant: Applicant;

const SEEDED = [
  { year: 2021, cpi: "105.1" },
  { year: 2022, cpi: "114.4" },
  { year: 2023, cpi: "111.4" },
  { year: 2024, cpi: "103.6" },
];

const history = async (year: number) =>
  (await officer.call("get", `/api/audit?entity=price-index&entityId=${year}`).expect(200)).body.items as {
    action: string; actor: { email: string } | null; changes: { field: string; before: unknown; after: unknown }[];
  }[];
const fieldsOf = (res: request.Response) => (res.body.errors as { field: string; code: string }[]).map((e) => e.field);

beforeAll(async () => {
  t = await createTestApp({}, fixedClock(NOW));
  expect(await seedPriceIndices(t.db)).toHaveLength(4);
  [admin, officer, applicant] = await Promise.all([signedInStaff(t, "admin"), signedInStaff(t), verifiedApplicant(t)]);
});
afterAll(() => t.close());

describe("the seeded table", () => {
  it("holds DOMAIN.md's values, oldest first, and is not added twice", async () => {
    expect(await seedPriceIndices(t.db)).toEqual([]);
    const res = await officer.call("get", "/api/price-indices").expect(200);
    expect(res.body).toEqual(SEEDED);
    expect((await admin.call("get", "/api/price-indices/2022").expect(200)).body).toEqual({ year: 2022, cpi: "114.4" });
  });

  it("answers an unknown year with 404", async () => {
    const res = await officer.call("get", "/api/price-indices/1999").expect(404);
    expect(res.type).toBe("application/problem+json");
  });

  it("is for staff: an applicant gets 403, anonymous 401", async () => {
    await applicant.session.call("get", "/api/price-indices").expect(403);
    await request(t.app).get("/api/price-indices").expect(401);
  });
});

describe("an admin keeping the table", () => {
  it("adds a year (201), recorded in the audit trail", async () => {
    const res = await admin.call("put", "/api/price-indices/2025").send({ cpi: "103.7" }).expect(201);
    expect(res.body).toEqual({ year: 2025, cpi: "103.7" });
    const [event] = await history(2025);
    expect(event).toMatchObject({ action: "create", actor: { email: admin.user.email } });
    expect(event!.changes).toContainEqual({ field: "cpi", before: null, after: "103.7" });
  });

  it("corrects a year (200), with before and after in the audit trail", async () => {
    const res = await admin.call("put", "/api/price-indices/2025").send({ cpi: "103.8" }).expect(200);
    expect(res.body).toEqual({ year: 2025, cpi: "103.8" });
    expect((await officer.call("get", "/api/price-indices/2025").expect(200)).body.cpi).toBe("103.8");
    const events = await history(2025);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ action: "update", actor: { email: admin.user.email }, changes: [{ field: "cpi", before: "103.7", after: "103.8" }] });
  });

  it("writes nothing when the value is the same", async () => {
    await admin.call("put", "/api/price-indices/2025").send({ cpi: "103.8" }).expect(200);
    expect(await history(2025)).toHaveLength(2);
  });

  it("takes a whole number and answers it with one decimal", async () => {
    expect((await admin.call("put", "/api/price-indices/2020").send({ cpi: "103" }).expect(201)).body).toEqual({ year: 2020, cpi: "103.0" });
  });

  it("refuses a year that is not over yet (422 naming the year)", async () => {
    const res = await admin.call("put", "/api/price-indices/2026").send({ cpi: "103.0" }).expect(422);
    expect(fieldsOf(res)).toEqual(["year"]);
    await officer.call("get", "/api/price-indices/2026").expect(404);
  });

  it.each([
    ["abc", "cpi.invalid"],
    ["0", "cpi.range"],
    ["49.9", "cpi.range"],
    ["-103.5", "cpi.invalid"],
    // A comma is refused, as in the other tables the admin keeps (rate policy, discount rates): canonical decimals only.
    ["114,4", "cpi.invalid"],
    ["114.45", "cpi.invalid"],
    ["1000.0", "cpi.invalid"],
    ["", "cpi.invalid"],
    [114.4, "cpi.invalid"],
    [null, "cpi.invalid"],
  ])("refuses the CPI %j with a 400 naming cpi (%s)", async (cpi, code) => {
    const res = await admin.call("put", "/api/price-indices/2019").send({ cpi }).expect(400);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "cpi", code })]);
  });

  it.each(["20x2", "1989", "2101", "02022", "2022.0"])("refuses the year %s with a 400 naming year", async (year) => {
    const res = await admin.call("put", `/api/price-indices/${year}`).send({ cpi: "103.0" }).expect(400);
    expect(fieldsOf(res)).toEqual(["year"]);
  });

  it("nothing refused was written", async () => {
    await officer.call("get", "/api/price-indices/2019").expect(404);
  });
});

describe("an officer", () => {
  it("may read but not write (403, nothing changed)", async () => {
    await officer.call("put", "/api/price-indices/2022").send({ cpi: "120.0" }).expect(403);
    await applicant.session.call("put", "/api/price-indices/2022").send({ cpi: "120.0" }).expect(403);
    await request(t.app).put("/api/price-indices/2022").send({ cpi: "120.0" }).expect(401);
    expect((await officer.call("get", "/api/price-indices/2022").expect(200)).body.cpi).toBe("114.4");
    expect(await history(2022)).toEqual([]);
  });
});

describe("the table for the leases", () => {
  it("is { year, cpi }[] as the lease schedule takes it, and indexes a rent", async () => {
    const table = await priceIndexTable(t.db);
    expect(table).toEqual([{ year: 2020, cpi: "103.0" }, ...SEEDED, { year: 2025, cpi: "103.8" }]);
    // From 15.04.2022, 13 months at 10.00 zł/m² on 10 m²: on 15.04.2023 the rate becomes
    // round(10.00 × 114.4 / 100) = 11.44 (CPI of 2022).
    const schedule = leaseSchedule({ startDate: "2022-04-15", endDate: "2023-05-14", rate: "10.00", area: "10.00", vatRate: "0.23", priceIndices: table });
    expect(schedule.indexations).toEqual([{ on: "2023-04-15", cpiYear: 2022, cpi: "114.4", rateBefore: "10.00", rateAfter: "11.44" }]);
  });
});
