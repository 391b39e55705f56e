import request from "supertest";
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPriceIndices } from "@server/features/price-indices/seed.ts";
import { fixedClock } from "@shared/domain/dates.ts";
import { daysFromToday, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { applicationIn, createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// The app's clock says 2022-06-01 (Kraków): the recorded leases below (from 2021-03-15, 36 months)
// are running, as they would be when the city records them. Every premises here: 50.00 m² (createPremisesId). A recorded lease at 10.00 zł/m²: net 500.00,
// VAT 23% 115.00, gross 615.00 a month; deposit 3 × 615.00 = 1 845.00.

let t: TestApp;
let officer: SignedIn;
let tenant: Applicant;
let other: Applicant;

beforeAll(async () => {
  t = await createTestApp({}, fixedClock("2022-06-01T10:00:00Z"));
  await seedPolicy(t);
  await seedPriceIndices(t.db);
  officer = await signedInStaff(t);
  tenant = await verifiedApplicant(t);
  other = await verifiedApplicant(t);
});
afterAll(() => t.close());

const recorded = (premisesId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId: tenant.organisationId, premisesId, startDate: "2021-03-15", months: 36, rate: "10.00", holidayDays: 0, ...overrides,
});

async function draft(premisesId: string, overrides: Record<string, unknown> = {}) {
  return (await officer.call("post", "/api/leases").send(recorded(premisesId, overrides)).expect(201)).body as Record<string, unknown> & { id: string; number: string };
}

const premisesStatus = async (id: string) => (await request(t.app).get(`/api/premises/${id}`).expect(200)).body.status as string;

const history = async (id: string) =>
  ((await officer.call("get", `/api/audit?entity=lease&entityId=${id}`).expect(200)).body.items as { action: string }[]).map((e) => e.action);

describe("creating a lease", () => {
  it("from an approved application takes the parties, premises, rate, term and holidays from the decision", async () => {
    const applicationId = await applicationIn(t.db, "approved", tenant.session, officer, tenant.organisationId);
    const terms = await t.db.approvedTerms.findFirstOrThrow({ where: { decision: { applicationId } } });
    const application = await t.db.application.findUniqueOrThrow({ where: { id: applicationId } });
    const res = await officer.call("post", "/api/leases").send({ applicationId }).expect(201);
    expect(res.body).toMatchObject({
      status: "draft", applicationId, organisationId: tenant.organisationId, premisesId: application.premisesId,
      startDate: terms.startDate, rate: (terms.rateGrosze / 100).toFixed(2), area: (terms.areaDm2 / 100).toFixed(2), vatRate: terms.vatRate,
      holidayDays: terms.beforeStartDays + terms.renovationDays, monthlyNet: (Number(terms.monthlyNetGrosze) / 100).toFixed(2),
      monthlyGross: (Number(terms.monthlyGrossGrosze) / 100).toFixed(2), deposit: ((3 * Number(terms.monthlyGrossGrosze)) / 100).toFixed(2),
      depositMultiple: 3, paymentDay: 10, offsetShare: "0.50", remainderAtEnd: "refund", signedOn: null,
    });
    expect(res.body.parties.organisation.nip).toMatch(/^\d{10}$/);
    // 12 months from the start: the day before the same day a year later.
    const start = new Date(`${terms.startDate}T00:00:00Z`);
    const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate()) - 86_400_000).toISOString().slice(0, 10);
    expect(res.body.endDate).toBe(end);
    expect(await history(res.body.id)).toEqual(["create"]);

    // One lease per approved application.
    const again = await officer.call("post", "/api/leases").send({ applicationId }).expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: "applicationId", code: "lease.exists" })]);

    // Signing it: the premises goes from reserved to leased.
    expect(await premisesStatus(application.premisesId)).toBe("reserved");
    await officer.call("post", `/api/leases/${res.body.id}/sign`).send({ signedOn: daysFromToday(0) }).expect(200);
    expect(await premisesStatus(application.premisesId)).toBe("leased");
  });

  it("refuses an application that is not approved (422 naming the field)", async () => {
    const applicationId = await applicationIn(t.db, "submitted", tenant.session, officer, tenant.organisationId);
    const res = await officer.call("post", "/api/leases").set("Accept-Language", "en").send({ applicationId }).expect(422);
    expect(res.body.errors).toEqual([{ field: "applicationId", code: "lease.notApproved", message: "A lease can only be made from an approved application." }]);
  });

  it("records an existing lease with past dates and the defaults", async () => {
    const premisesId = await createPremisesId(t.db);
    const lease = await draft(premisesId);
    expect(lease).toMatchObject({
      status: "draft", applicationId: null, startDate: "2021-03-15", endDate: "2024-03-14", rate: "10.00", area: "50.00",
      monthlyNet: "500.00", vatRate: "0.23", monthlyVat: "115.00", monthlyGross: "615.00", depositMultiple: 3, deposit: "1845.00",
      paymentDay: 10, offsetShare: "0.50", remainderAtEnd: "refund", holidayDays: 0,
    });
    const indefinite = await draft(await createPremisesId(t.db), { months: undefined, endDate: null, vatRate: "0", depositMultiple: 2, paymentDay: 15, offsetShare: "0.3", remainderAtEnd: "forfeit", permittedUse: "kawiarnia" });
    expect(indefinite).toMatchObject({ endDate: null, vatRate: "0", monthlyGross: "500.00", deposit: "1000.00", paymentDay: 15, offsetShare: "0.3", remainderAtEnd: "forfeit", permittedUse: "kawiarnia" });
  });

  it("answers bad input 400 naming the field, in English when asked", async () => {
    const premisesId = await createPremisesId(t.db);
    const res = await officer.call("post", "/api/leases").set("Accept-Language", "en").send(recorded(premisesId, { rate: "10,5x" })).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: "rate" })]));
    await officer.call("post", "/api/leases").send(recorded(premisesId, { months: 12, endDate: "2022-01-01" })).expect(400);
    await officer.call("post", "/api/leases").send(recorded(premisesId, { startDate: "2021-02-30" })).expect(400);
    expect(await t.db.lease.count({ where: { premisesId } })).toBe(0);
  });

  it("gives readable numbers in sequence within the Kraków year of the app's clock", async () => {
    // 2026-12-31 23:30 UTC is already 2027 in Kraków.
    const clocked = await createTestApp({}, fixedClock("2026-12-31T23:30:00Z"));
    try {
      const staff = await signedInStaff(clocked);
      const org = await verifiedApplicant(clocked);
      const numbers: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const res = await staff.call("post", "/api/leases")
          .send({ organisationId: org.organisationId, premisesId: await createPremisesId(clocked.db), startDate: "2027-01-01", months: 12, rate: "10.00", holidayDays: 0 })
          .expect(201);
        numbers.push(res.body.number as string);
      }
      expect(numbers).toEqual(["ZBK/NL/2027/0001", "ZBK/NL/2027/0002", "ZBK/NL/2027/0003"]);
    } finally {
      await clocked.close();
    }
  });
});

describe("signing and terminating", () => {
  it("signs: the premises is leased on the public map; a second lease on it is refused, nothing written", async () => {
    const premisesId = await createPremisesId(t.db);
    const lease = await draft(premisesId);
    const signed = await officer.call("post", `/api/leases/${lease.id}/sign`).send({ signedOn: "2021-03-10" }).expect(200);
    expect(signed.body).toMatchObject({ status: "signed", signedOn: "2021-03-10" });
    expect(await premisesStatus(premisesId)).toBe("leased");
    expect(await history(lease.id)).toEqual(expect.arrayContaining(["create", "sign"]));

    await officer.call("post", `/api/leases/${lease.id}/sign`).send({ signedOn: "2021-03-10" }).expect(409);
    const second = await draft(premisesId, { startDate: "2023-01-01", months: 12 });
    // A recorded lease may sign on a premises the register shows as leased (the tenant was there before
    // the system), so what refuses it here is the overlap with the signed lease.
    const refused = await officer.call("post", `/api/leases/${second.id}/sign`).send({ signedOn: "2022-12-20" }).expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "premisesId", code: "premises.overlap" })]);
    expect((await officer.call("get", `/api/leases/${second.id}`).expect(200)).body.status).toBe("draft");
  });

  it("refuses to sign an overlapping lease even when the premises was made available by hand", async () => {
    const premisesId = await createPremisesId(t.db);
    const first = await draft(premisesId);
    await officer.call("post", `/api/leases/${first.id}/sign`).send({ signedOn: "2021-03-10" }).expect(200);
    await t.db.premises.update({ where: { id: premisesId }, data: { status: "available" } });
    const second = await draft(premisesId, { startDate: "2023-01-01", months: 12 });
    const refused = await officer.call("post", `/api/leases/${second.id}/sign`).send({ signedOn: "2022-12-20" }).expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "premisesId", code: "premises.overlap" })]);
    expect(await premisesStatus(premisesId)).toBe("available"); // the refused transaction left it as it was
    // After the first lease's end, a new lease signs.
    const later = await draft(premisesId, { startDate: "2024-03-15", months: 12 });
    await officer.call("post", `/api/leases/${later.id}/sign`).send({ signedOn: "2024-03-01" }).expect(200);
  });

  it("terminates a signed lease: not before its start; the premises is available again", async () => {
    const premisesId = await createPremisesId(t.db);
    const lease = await draft(premisesId);
    await officer.call("post", `/api/leases/${lease.id}/terminate`).send({ date: "2022-01-31", reason: "Porozumienie stron." }).expect(409);
    await officer.call("post", `/api/leases/${lease.id}/sign`).send({ signedOn: "2021-03-10" }).expect(200);
    const early = await officer.call("post", `/api/leases/${lease.id}/terminate`).send({ date: "2021-03-14", reason: "Porozumienie stron." }).expect(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: "date", code: "date.beforeStart" })]);
    await officer.call("post", `/api/leases/${lease.id}/terminate`).send({ date: "2022-01-31" }).expect(400);
    const done = await officer.call("post", `/api/leases/${lease.id}/terminate`).send({ date: "2022-01-31", reason: "Porozumienie stron." }).expect(200);
    expect(done.body).toMatchObject({ status: "terminated", terminatedOn: "2022-01-31", terminationReason: "Porozumienie stron." });
    expect(await premisesStatus(premisesId)).toBe("available");
    expect(await history(lease.id)).toEqual(expect.arrayContaining(["create", "sign", "terminate"]));
    // The schedule stops at the termination date.
    const schedule = (await officer.call("get", `/api/leases/${lease.id}/schedule`).expect(200)).body as { rows: { month: string }[] };
    expect(schedule.rows.at(-1)!.month).toBe("2022-01");
  });
});

describe("reading", () => {
  it("an applicant reads and lists only its organisations' leases; another's is 404", async () => {
    const lease = await draft(await createPremisesId(t.db));
    await tenant.session.call("get", `/api/leases/${lease.id}`).expect(200);
    await other.session.call("get", `/api/leases/${lease.id}`).expect(404);
    await other.session.call("get", `/api/leases/${lease.id}/schedule`).expect(404);
    const mine = (await tenant.session.call("get", "/api/leases?pageSize=100").expect(200)).body as { items: { organisationId: string }[]; page: { total: number } };
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((l) => l.organisationId === tenant.organisationId)).toBe(true);
    const theirs = (await other.session.call("get", "/api/leases").expect(200)).body as { items: unknown[]; page: { total: number } };
    expect(theirs).toMatchObject({ items: [], page: { total: 0 } });
    const all = (await officer.call("get", `/api/leases?status=draft&organisationId=${tenant.organisationId}`).expect(200)).body as { items: { status: string }[] };
    expect(all.items.every((l) => l.status === "draft")).toBe(true);
  });

  it("the schedule follows the lease; its totals are the sums of its rows", async () => {
    // 15.03.2021 for 36 months at 10.00 zł/m², 50 m², 10 holiday days: indexed on 15.03.2022 by the
    // 2021 CPI (105.1) → 10.51 and on 15.03.2023 by 2022's (114.4) → 12.02.
    const lease = await draft(await createPremisesId(t.db), { holidayDays: 10 });
    const res = await tenant.session.call("get", `/api/leases/${lease.id}/schedule`).expect(200);
    const { rows, totals, deposit, investments } = res.body as {
      rows: Record<"month" | "rate" | "net" | "vat" | "gross" | "offset" | "toPay", string>[];
      totals: Record<"net" | "vat" | "gross" | "offset" | "toPay", string>; deposit: string; investments: unknown[];
    };
    expect(rows).toHaveLength(37);
    expect(rows[0]).toMatchObject({ month: "2021-03", rate: "10.00" });
    // March 2021: charged 25.03–31.03, 7 of 31 days: round(500.00 × 7 / 31) = 112.90.
    expect(rows[0]!.net).toBe("112.90");
    expect(rows[1]).toMatchObject({ month: "2021-04", net: "500.00", vat: "115.00", gross: "615.00", offset: "0.00", toPay: "615.00" });
    expect(rows.find((r) => r.month === "2022-04")!.rate).toBe("10.51");
    expect(rows.find((r) => r.month === "2023-04")!.rate).toBe("12.02");
    for (const key of ["net", "vat", "gross", "offset", "toPay"] as const) {
      expect(totals[key]).toBe(rows.reduce((sum, r) => sum.plus(r[key]), new Decimal(0)).toFixed(2));
    }
    expect(deposit).toBe("1845.00");
    expect(investments).toEqual([]);
  });
});

describe("annexes", () => {
  it("change the schedule from their date only, in the middle of an indexed year; a termination before one is refused", async () => {
    // 15.03.2021, 36 months, 10.00 zł/m², 50 m². Indexed on 15.03.2022 by 105.1 → 10.51 (net 525.50).
    // Annex from 16.08.2022: 11.00 zł/m² (net 550.00). August 2022: 15 days at 525.50, 16 at 550.00:
    // round(525.50 × 15 / 31) = round(254.274…) = 254.27, round(550.00 × 16 / 31) = round(283.870…) = 283.87 → 538.14.
    // The next anniversary indexes the annexed rate: 15.03.2023 by 114.4 → round(12.584) = 12.58 (net 629.00).
    // March 2023: 14 days at 550.00, 17 at 629.00: round(248.387…) = 248.39, round(344.935…) = 344.94 → 593.33.
    const premisesId = await createPremisesId(t.db);
    const lease = await draft(premisesId);
    await officer.call("post", `/api/leases/${lease.id}/annexes`).send({ effectiveFrom: "2022-08-16", rate: "11.00" }).expect(409); // a draft
    await officer.call("post", `/api/leases/${lease.id}/sign`).send({ signedOn: "2021-03-10" }).expect(200);
    type Row = Record<"month" | "rate" | "net" | "vat" | "gross" | "offset" | "toPay", string>;
    const scheduleRows = async () => ((await officer.call("get", `/api/leases/${lease.id}/schedule`).expect(200)).body as { rows: Row[]; totals: Record<string, string> });
    const before = await scheduleRows();

    const early = await officer.call("post", `/api/leases/${lease.id}/annexes`).set("Accept-Language", "en").send({ effectiveFrom: "2021-03-01", rate: "11.00" }).expect(422);
    expect(early.body.errors).toEqual([{ field: "effectiveFrom", code: "annex.beforeStart", message: "An annex cannot take effect before the lease starts." }]);
    await officer.call("post", `/api/leases/${lease.id}/annexes`).send({ effectiveFrom: "2022-08-16" }).expect(400);

    const annexed = await officer.call("post", `/api/leases/${lease.id}/annexes`).send({ effectiveFrom: "2022-08-16", rate: "11.00" }).expect(201);
    expect(annexed.body.annexes).toEqual([expect.objectContaining({ number: 1, effectiveFrom: "2022-08-16", rate: "11.00", area: null, endDate: null })]);
    expect(annexed.body.rate).toBe("10.00"); // the lease as signed keeps its terms; the annex is the change
    const after = await scheduleRows();

    const upTo = before.rows.findIndex((r) => r.month === "2022-08");
    expect(after.rows.slice(0, upTo)).toEqual(before.rows.slice(0, upTo));
    expect(after.rows.find((r) => r.month === "2022-08")).toMatchObject({ net: "538.14" });
    expect(after.rows.find((r) => r.month === "2022-09")).toMatchObject({ rate: "11.00", net: "550.00" });
    expect(after.rows.find((r) => r.month === "2023-03")).toMatchObject({ net: "593.33" });
    expect(after.rows.find((r) => r.month === "2023-04")).toMatchObject({ rate: "12.58", net: "629.00" });
    for (const key of ["net", "vat", "gross", "offset", "toPay"] as const) {
      expect(after.totals[key]).toBe(after.rows.reduce((sum, r) => sum.plus(r[key]), new Decimal(0)).toFixed(2));
    }

    const second = await officer.call("post", `/api/leases/${lease.id}/annexes`).send({ effectiveFrom: "2023-01-01", permittedUse: "pracownia i sklep" }).expect(201);
    expect(second.body.annexes.map((a: { number: number }) => a.number)).toEqual([1, 2]);
    const refused = await officer.call("post", `/api/leases/${lease.id}/terminate`).send({ date: "2022-12-31", reason: "Porozumienie stron." }).expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "date", code: "date.beforeAnnex" })]);
    expect(await history(lease.id)).toEqual(expect.arrayContaining(["annex"]));
  });
});

describe("deposit settlement", () => {
  it("is refused while the lease runs, settles once after it ends, and never returns more than the deposit", async () => {
    const running = await draft(await createPremisesId(t.db), { startDate: daysFromToday(10), months: 12 });
    await officer.call("post", `/api/leases/${running.id}/sign`).send({ signedOn: daysFromToday(0) }).expect(200);
    const notYet = await officer.call("post", `/api/leases/${running.id}/deposit-settlement`).send({ deductions: [] }).expect(422);
    expect(notYet.body.errors).toEqual([expect.objectContaining({ field: "deductions", code: "deposit.notEnded" })]);

    const premisesId = await createPremisesId(t.db);
    const lease = await draft(premisesId);
    await officer.call("post", `/api/leases/${lease.id}/sign`).send({ signedOn: "2021-03-10" }).expect(200);
    await officer.call("post", `/api/leases/${lease.id}/terminate`).send({ date: "2022-01-31", reason: "Porozumienie stron." }).expect(200);
    await officer.call("post", `/api/leases/${lease.id}/deposit-settlement`).send({ deductions: [{ reason: "Naprawa drzwi", amount: "1845.01" }] }).expect(422);
    await officer.call("post", `/api/leases/${lease.id}/deposit-settlement`).send({ deductions: [{ reason: "", amount: "10.00" }] }).expect(400);
    const settled = await officer.call("post", `/api/leases/${lease.id}/deposit-settlement`)
      .send({ deductions: [{ reason: "Malowanie ścian", amount: "400.00" }, { reason: "Zaległy czynsz", amount: "0.50" }] }).expect(200);
    expect(settled.body).toEqual({ deposit: "1845.00", deductions: [{ reason: "Malowanie ścian", amount: "400.00" }, { reason: "Zaległy czynsz", amount: "0.50" }], returned: "1444.50",
      // no accepted investments: nothing left to refund, the tenant gets the deposit returned
      investments: { remainder: "0.00", remainderAtEnd: "refund", refund: "0.00", toTenant: "1444.50" },
    });
    await officer.call("post", `/api/leases/${lease.id}/deposit-settlement`).send({ deductions: [] }).expect(409);
    const read = (await tenant.session.call("get", `/api/leases/${lease.id}`).expect(200)).body;
    expect(read.depositSettlement).toMatchObject({ returned: "1444.50", deposit: "1845.00" });
    expect(await history(lease.id)).toEqual(expect.arrayContaining(["settle-deposit"]));

    // A lease recorded after its end date is signed as ended history; its deposit settles.
    const past = await draft(await createPremisesId(t.db), { startDate: "2020-01-01", months: 12 });
    await officer.call("post", `/api/leases/${past.id}/sign`).send({ signedOn: "2019-12-10" }).expect(200);
    const whole = await officer.call("post", `/api/leases/${past.id}/deposit-settlement`).send({ deductions: [] }).expect(200);
    expect(whole.body.returned).toBe("1845.00");
    const ended = (await officer.call("get", `/api/leases/${past.id}`).expect(200)).body;
    expect(ended.status).toBe("ended");
    expect(await premisesStatus(ended.premisesId)).toBe("available");
  });
});
