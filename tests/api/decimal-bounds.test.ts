import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Applicant, verifiedApplicant } from "@tests/support/auth.ts";
import { applicationBody, createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Every decimal a client sends has an upper bound that fits its column (32-bit integers of grosze,
// euro cents, dm²): anything larger is a 400 naming the field, never a 500 (issue 10: a fit-out cost
// of 90071992547409.94 gave "RangeError … out of the safe integer range", even to anonymous callers).

let t: TestApp;
let applicant: Applicant;
let premisesId: string;

beforeAll(async () => {
  t = await createTestApp();
  applicant = await verifiedApplicant(t);
  premisesId = await createPremisesId(t.db);
});
afterAll(() => t.close());

const HUGE = ["90071992547409.94", "21474836.48", "99999999999999999999", 1e300, 90071992547409.94, "1e6"];

describe("a fit-out cost", () => {
  it.each(HUGE)("of %s is refused with a 400 naming the field; anonymous callers get 401", async (cost) => {
    const body = applicationBody(applicant.organisationId, premisesId, { fitOut: [{ description: "Remont", cost }] });
    const anonymous = await request(t.app).post("/api/applications").send(body).expect(401);
    expect(anonymous.type).toBe("application/problem+json");
    const res = await applicant.session.call("post", "/api/applications").send(body).expect(400);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "fitOut.0.cost", code: "fitOut.cost" })]);
  });

  it("up to 20 000 000,00 zł is accepted", async () => {
    const body = applicationBody(applicant.organisationId, premisesId, { fitOut: [{ description: "Remont", cost: "20 000 000,00" }] });
    const res = await applicant.session.call("post", "/api/applications").send(body).expect(201);
    expect(res.body.fitOutTotal).toBe("20000000.00");
  });
});

describe("the catalogue's filters", () => {
  it.each(["minArea", "maxArea", "maxRent"])("refuse a %s beyond any premises with a 400", async (field) => {
    for (const value of ["21474836.48", "90071992547409.94", "999999999999"]) {
      const res = await request(t.app).get("/api/premises").query({ [field]: value }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code: `${field}.invalid` })]);
    }
    await request(t.app).get("/api/premises").query({ [field]: "21474836.47" }).expect(200);
  });
});

describe("declared de minimis aid", () => {
  it.each(["90071992547409.94", 1e300, "99999999999.99"])("of %s is refused with a 400 naming the field", async (amountEur) => {
    const res = await applicant.session.call("patch", `/api/organisations/${applicant.organisationId}`)
      .send({ declaredAid: [{ grantor: "Gmina", grantedOn: "2024-01-01", amountEur }] }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "declaredAid.0.amountEur", code: "amountEur.invalid" })]);
  });
});
