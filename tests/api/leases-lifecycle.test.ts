// Defaults of a recorded lease from the rate policy in force on its start date; the end of a lease: terminated with the premises returned available or under renovation, and a
// signed lease that reaches its end date becoming ended by itself (the hourly sweep of server/main.ts),
// with the premises back on the public map. The app's clock is fixed at 2024-05-20 12:00 in Kraków;
// the sweep runs as of 2024-06-20.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endLeasesPastTheirEnd } from "@server/features/leases/index.ts";
import { EXAMPLE_POLICY } from "@shared/domain/rate-policy.ts";
import { fixedClock } from "@shared/domain/dates.ts";
import { seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

const clock = fixedClock("2024-05-20T10:00:00Z");
const sweepDay = fixedClock("2024-06-20T10:00:00Z");
let t: TestApp;
let officer: SignedIn;
let tenant: Applicant;

beforeAll(async () => {
  t = await createTestApp({}, clock);
  await seedPolicy(t);
  officer = await signedInStaff(t);
  tenant = await verifiedApplicant(t);
});
afterAll(() => t.close());

async function signedLease(premisesId: string, term: Record<string, unknown>): Promise<string> {
  const lease = await officer.call("post", "/api/leases")
    .send({ organisationId: tenant.organisationId, premisesId, rate: "10.00", holidayDays: 0, ...term }).expect(201);
  await officer.call("post", `/api/leases/${lease.body.id}/sign`).send({ signedOn: term.startDate }).expect(200);
  return lease.body.id as string;
}

const premisesStatus = async (id: string) => (await request(t.app).get(`/api/premises/${id}`).expect(200)).body.status as string;
const leaseStatus = async (id: string) => (await officer.call("get", `/api/leases/${id}`).expect(200)).body.status as string;
const history = async (entity: string, id: string) =>
  ((await officer.call("get", `/api/audit?entity=${entity}&entityId=${id}`).expect(200)).body.items as { action: string; actor: unknown }[]);

describe("a recorded lease's defaults", () => {
  it("come from the rate policy in force on its start date, or the leases' own before any policy", async () => {
    const admin = await signedInStaff(t, "admin");
    const { id: _id, ...example } = EXAMPLE_POLICY;
    await admin.call("post", "/api/rate-policies").send({
      ...example, name: "Zasady 2024 (II)", effectiveFrom: "2024-04-01", isExample: false, vatRate: "0.08",
      leaseDefaults: { depositMultiple: 2, paymentDay: 15, offsetShare: "0.30", remainderAtEnd: "forfeit" },
    }).expect(201);
    const bad = await admin.call("post", "/api/rate-policies").send({ ...example, effectiveFrom: "2024-05-01", leaseDefaults: { depositMultiple: 2, paymentDay: 31, offsetShare: "0.30", remainderAtEnd: "forfeit" } }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: "leaseDefaults.paymentDay", code: "paymentDay.invalid" })]);

    const create = async (startDate: string) => (await officer.call("post", "/api/leases")
      .send({ organisationId: tenant.organisationId, premisesId: await createPremisesId(t.db), startDate, months: 12, rate: "10.00", holidayDays: 0 }).expect(201)).body;
    // 50.00 m² × 10.00 zł = 500.00 net; at 8% VAT 40.00, gross 540.00; deposit 2 × 540.00 = 1 080.00.
    expect(await create("2024-05-01")).toMatchObject({ vatRate: "0.08", monthlyGross: "540.00", depositMultiple: 2, deposit: "1080.00", paymentDay: 15, offsetShare: "0.30", remainderAtEnd: "forfeit" });
    // The seeded example (from 2024-01-01) has VAT 23% and the DOMAIN.md terms: gross 615.00, deposit 3 × 615.00.
    expect(await create("2024-02-01")).toMatchObject({ vatRate: "0.23", monthlyGross: "615.00", depositMultiple: 3, deposit: "1845.00", paymentDay: 10, offsetShare: "0.50", remainderAtEnd: "refund" });
    // Before any policy: the leases' own defaults, the same DOMAIN.md terms.
    expect(await create("2019-02-01")).toMatchObject({ vatRate: "0.23", depositMultiple: 3, deposit: "1845.00", paymentDay: 10, offsetShare: "0.50", remainderAtEnd: "refund" });
    // What the request gives wins over the policy.
    const given = (await officer.call("post", "/api/leases").send({
      organisationId: tenant.organisationId, premisesId: await createPremisesId(t.db), startDate: "2024-05-01", months: 12, rate: "10.00", holidayDays: 0,
      vatRate: "0.23", depositMultiple: 1, paymentDay: 5, offsetShare: "0.25", remainderAtEnd: "refund",
    }).expect(201)).body;
    expect(given).toMatchObject({ vatRate: "0.23", depositMultiple: 1, deposit: "615.00", paymentDay: 5, offsetShare: "0.25", remainderAtEnd: "refund" });
  });
});

describe("recording the leases signed before this system", () => {
  it("signs a running lease on a premises the register already shows as leased, and refuses an overlapping one", async () => {
    const premisesId = await createPremisesId(t.db);
    await t.db.premises.update({ where: { id: premisesId }, data: { status: "leased" } });
    const id = await signedLease(premisesId, { startDate: "2019-01-01", endDate: null });
    expect(await leaseStatus(id)).toBe("signed");
    expect(await premisesStatus(premisesId)).toBe("leased");
    const second = await officer.call("post", "/api/leases")
      .send({ organisationId: tenant.organisationId, premisesId, startDate: "2020-01-01", months: 12, rate: "10.00", holidayDays: 0 }).expect(201);
    const refused = await officer.call("post", `/api/leases/${second.body.id}/sign`).send({ signedOn: "2020-01-01" }).expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "premisesId", code: "premises.overlap" })]);
    expect(await leaseStatus(second.body.id as string)).toBe("draft");
  });

  it("signs a lease that ended before today as ended history, leaving the premises as it is", async () => {
    const premisesId = await createPremisesId(t.db);
    const id = await signedLease(premisesId, { startDate: "2015-01-01", months: 36 });
    expect(await leaseStatus(id)).toBe("ended");
    expect(await premisesStatus(premisesId)).toBe("available");
    // Its deposit can be settled like any ended lease's.
    await officer.call("post", `/api/leases/${id}/deposit-settlement`).send({ deductions: [] }).expect(200);
  });
});

describe("termination", () => {
  it("returns the premises under renovation when the officer says so, and available by default", async () => {
    const repaired = await createPremisesId(t.db);
    const id = await signedLease(repaired, { startDate: "2023-01-01", months: 36 });
    expect(await premisesStatus(repaired)).toBe("leased");
    const bad = await officer.call("post", `/api/leases/${id}/terminate`).send({ date: "2024-05-31", reason: "Zaległości czynszowe.", premisesStatus: "leased" }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: "premisesStatus", code: "premisesStatus.invalid" })]);
    expect(await leaseStatus(id)).toBe("signed"); // nothing written
    await officer.call("post", `/api/leases/${id}/terminate`).send({ date: "2024-05-31", reason: "Zaległości czynszowe.", premisesStatus: "under-renovation" }).expect(200);
    expect(await premisesStatus(repaired)).toBe("under-renovation");
    expect((await history("premises", repaired)).map((e) => e.action)).toContain("lease-end");

    const plain = await createPremisesId(t.db);
    const other = await signedLease(plain, { startDate: "2023-01-01", months: 36 });
    await officer.call("post", `/api/leases/${other}/terminate`).send({ date: "2024-05-31", reason: "Porozumienie stron." }).expect(200);
    expect(await premisesStatus(plain)).toBe("available");
  });
});

describe("a signed lease reaching its end date", () => {
  it("becomes ended the day after its (annexed) end, once, and its premises is available again", async () => {
    // 12 months from 2023-06-01 end on 2024-05-31: past on 2024-06-20.
    const pastPremises = await createPremisesId(t.db);
    const past = await signedLease(pastPremises, { startDate: "2023-06-01", months: 12 });
    // Ends on 2024-06-20, today: still running until the end of the day.
    const todayPremises = await createPremisesId(t.db);
    const endsToday = await signedLease(todayPremises, { startDate: "2023-06-21", endDate: "2024-06-20" });
    // Would have ended on 2024-05-31, but an annex extended it to 2025-05-31.
    const extendedPremises = await createPremisesId(t.db);
    const extended = await signedLease(extendedPremises, { startDate: "2023-06-01", months: 12 });
    await officer.call("post", `/api/leases/${extended}/annexes`).send({ effectiveFrom: "2024-05-01", endDate: "2025-05-31" }).expect(201);
    // An annex that shortened a lease to 2024-03-31.
    const shortenedPremises = await createPremisesId(t.db);
    const shortened = await signedLease(shortenedPremises, { startDate: "2023-01-01", months: 36 });
    await officer.call("post", `/api/leases/${shortened}/annexes`).send({ effectiveFrom: "2024-02-01", endDate: "2024-03-31" }).expect(201);
    // An indefinite lease never ends by itself.
    const indefinitePremises = await createPremisesId(t.db);
    const indefinite = await officer.call("post", "/api/leases")
      .send({ organisationId: tenant.organisationId, premisesId: indefinitePremises, startDate: "2020-01-01", endDate: null, rate: "10.00", holidayDays: 0 });

    const swept = await endLeasesPastTheirEnd(t.db, sweepDay);
    expect(swept.sort()).toEqual([past, shortened].sort());
    expect(await endLeasesPastTheirEnd(t.db, sweepDay)).toEqual([]); // a second sweep (another instance) ends nothing twice

    expect(await leaseStatus(past)).toBe("ended");
    expect(await premisesStatus(pastPremises)).toBe("available");
    expect(await leaseStatus(shortened)).toBe("ended");
    expect(await premisesStatus(shortenedPremises)).toBe("available");
    expect(await leaseStatus(endsToday)).toBe("signed");
    expect(await premisesStatus(todayPremises)).toBe("leased");
    expect(await leaseStatus(extended)).toBe("signed");
    expect(await premisesStatus(extendedPremises)).toBe("leased");
    expect(indefinite.status).toBe(201);
    await officer.call("post", `/api/leases/${indefinite.body.id}/sign`).send({ signedOn: "2020-01-01" }).expect(200);
    expect(await endLeasesPastTheirEnd(t.db, sweepDay)).toEqual([]);
    expect(await leaseStatus(indefinite.body.id as string)).toBe("signed");

    const ended = await history("lease", past);
    expect(ended.filter((e) => e.action === "end")).toEqual([expect.objectContaining({ actor: null, changes: [{ field: "status", before: "signed", after: "ended" }] })]);
    // A lease that follows another on the same premises keeps it leased when the first ends.
    const followedPremises = await createPremisesId(t.db);
    const first = await signedLease(followedPremises, { startDate: "2023-06-01", months: 12 });
    const next = await signedLease(followedPremises, { startDate: "2024-06-01", months: 24 });
    expect(await endLeasesPastTheirEnd(t.db, sweepDay)).toEqual([first]);
    expect(await leaseStatus(next)).toBe("signed");
    expect(await premisesStatus(followedPremises)).toBe("leased");

    // The deposit of an ended lease is settled as after a termination.
    const settled = await officer.call("post", `/api/leases/${past}/deposit-settlement`).send({ deductions: [] }).expect(200);
    expect(settled.body).toMatchObject({ deposit: "1845.00", returned: "1845.00" });
  });
});
