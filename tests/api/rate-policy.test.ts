import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "@shared/domain/rate-policy.ts";
import { daysFromToday, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { applicationIn, createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;
let admin: SignedIn;
let officer: SignedIn;
let applicant: Applicant;

const { id: _id, ...example } = EXAMPLE_POLICY;
const version = (overrides: Record<string, unknown> = {}) => ({
  ...example, name: "Uchwała testowa w sprawie stawek", isExample: false, effectiveFrom: "2031-01-01", ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  await seedPolicy(t);
  [admin, officer, applicant] = await Promise.all([signedInStaff(t, "admin"), signedInStaff(t), verifiedApplicant(t)]);
});
afterAll(() => t.close());

describe("the seeded example policy", () => {
  it("is labelled przykład, holds the rules of DOMAIN.md and is not added twice", async () => {
    expect(await seedPolicy(t)).toEqual([]);
    const res = await officer.call("get", "/api/rate-policies").expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ ...example, decisions: 0 });
    expect(res.body[0].name).toMatch(/przykład/);
    const rates = await officer.call("get", "/api/discount-rates").expect(200);
    expect(rates.body).toEqual([{ from: "2024-01-01", baseRate: "0.0568", discountRate: "0.0668" }]);
  });
});

describe("an admin adopting a new version", () => {
  let id: string;

  it("adds it from its effective date; the current version changes on that day", async () => {
    const res = await admin.call("post", "/api/rate-policies").send(version({
      categories: [...example.categories.slice(0, 4), { code: "other-ngo", label: "inna organizacja", rule: { kind: "fixed", rate: "9.10" } }],
    })).expect(201);
    id = res.body.id;
    expect(res.body).toMatchObject({ effectiveFrom: "2031-01-01", isExample: false, decisions: 0 });
    expect((await request(t.app).get("/api/rate-policies/current?on=2030-12-31").expect(200)).body.isExample).toBe(true);
    const later = await request(t.app).get("/api/rate-policies/current?on=2031-01-01").expect(200);
    expect(later.body).toMatchObject({ id, categories: expect.arrayContaining([expect.objectContaining({ rule: { kind: "fixed", rate: "9.10" } })]) });
    const audit = await officer.call("get", `/api/audit?entity=rate-policy&entityId=${id}`).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: "create", actor: { email: admin.user.email } });
  });

  it("refuses a second version from the same day with 409", async () => {
    const res = await admin.call("post", "/api/rate-policies").send(version()).expect(409);
    expect(res.type).toBe("application/problem+json");
  });

  it("may correct a version no decision cites", async () => {
    const res = await admin.call("put", `/api/rate-policies/${id}`).send(version({ floorRate: "6.00" })).expect(200);
    expect(res.body.floorRate).toBe("6.00");
  });

  it.each([
    [{ floorRate: "5" }, "floorRate"],
    [{ vatRate: "23%" }, "vatRate"],
    [{ effectiveFrom: "2031-02-30" }, "effectiveFrom"],
    [{ categories: [] }, "categories"],
    [{ categories: [example.categories[0], example.categories[0]] }, "categories"],
    [{ categories: [{ ...example.categories[0], rule: { kind: "discount", percent: "120" } }] }, "categories.0.rule.percent"],
    [{ categories: [{ ...example.categories[0], code: "club" }] }, "categories.0.code"],
    [{ holidays: { beforeStartMaxDays: -1, renovationMaxDays: 60 } }, "holidays.beforeStartMaxDays"],
  ])("refuses %j with a 400 naming %s", async (overrides, field) => {
    const res = await admin.call("post", "/api/rate-policies").send(version({ effectiveFrom: "2032-01-01", ...overrides })).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("adds a discount rate for a later date and refuses the same date twice", async () => {
    await admin.call("post", "/api/discount-rates").send({ from: "2031-01-01", baseRate: "0.0500", discountRate: "0.0600" }).expect(201);
    await admin.call("post", "/api/discount-rates").send({ from: "2031-01-01", baseRate: "0.0500", discountRate: "0.0600" }).expect(409);
    await admin.call("post", "/api/discount-rates").send({ from: "2031-01-01", baseRate: "5%", discountRate: "0.0600" }).expect(400);
  });
});

describe("a version used by a decision", () => {
  it("can no longer change, and shows how many decisions cite it", async () => {
    await applicationIn(t.db, "approved", applicant.session, officer, applicant.organisationId);
    const current = (await request(t.app).get(`/api/rate-policies/current?on=${daysFromToday(30)}`).expect(200)).body;
    expect(current.decisions).toBe(1);
    const res = await admin.call("put", `/api/rate-policies/${current.id}`).send({ ...example, floorRate: "1.00" }).expect(409);
    expect(res.body.type).toMatch(/policy-in-use$/);
    expect((await request(t.app).get(`/api/rate-policies/current?on=${daysFromToday(30)}`).expect(200)).body.floorRate).toBe("5.00");
  });

  it("is the version the decision names", async () => {
    const id = await applicationIn(t.db, "approved", applicant.session, officer, applicant.organisationId);
    const res = await applicant.session.call("get", `/api/applications/${id}`).expect(200);
    expect(res.body.decision.policy).toMatchObject({ name: EXAMPLE_POLICY.name, effectiveFrom: "2024-01-01", isExample: true });
  });

  it("a premises quote keeps working for anyone", async () => {
    await request(t.app).get(`/api/premises/${await createPremisesId(t.db)}/quote`).expect(200);
  });
});
