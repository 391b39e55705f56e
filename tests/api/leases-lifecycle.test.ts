// The end of a lease: terminated with the premises returned available or under renovation, and a
// signed lease that reaches its end date becoming ended by itself (the hourly sweep of server/main.ts),
// with the premises back on the public map. The app's clock is fixed at 2024-06-20 12:00 in Kraków.
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endLeasesPastTheirEnd } from "@server/features/leases/index.ts";
import { fixedClock } from "@shared/domain/dates.ts";
import { seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

const clock = fixedClock("2024-06-20T10:00:00Z");
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

    const first = await endLeasesPastTheirEnd(t.db, clock);
    expect(first.sort()).toEqual([past, shortened].sort());
    expect(await endLeasesPastTheirEnd(t.db, clock)).toEqual([]); // a second sweep (another instance) ends nothing twice

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
    expect(await endLeasesPastTheirEnd(t.db, clock)).toEqual([]);
    expect(await leaseStatus(indefinite.body.id as string)).toBe("signed");

    const ended = await history("lease", past);
    expect(ended.filter((e) => e.action === "end")).toEqual([expect.objectContaining({ actor: null, changes: [{ field: "status", before: "signed", after: "ended" }] })]);
    // The deposit of an ended lease is settled as after a termination.
    const settled = await officer.call("post", `/api/leases/${past}/deposit-settlement`).send({ deductions: [] }).expect(200);
    expect(settled.body).toMatchObject({ deposit: "1845.00", returned: "1845.00" });
  });
});
