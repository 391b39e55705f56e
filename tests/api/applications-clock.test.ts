import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@shared/domain/dates.ts";
import { type Applicant, verifiedApplicant } from "@tests/support/auth.ts";
import { applicationBody, createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// The rules that read today's date read the app's clock, in Kraków's time zone (Europe/Warsaw,
// UTC+1 in winter): at 23:30 UTC on 31 December 2026 it is already 1 January 2027 in Kraków.

describe("an application made at 2026-12-31T23:30Z (already 2027 in Kraków)", () => {
  let t: TestApp;
  let applicant: Applicant;
  beforeAll(async () => {
    t = await createTestApp({}, fixedClock("2026-12-31T23:30:00Z"));
    applicant = await verifiedApplicant(t);
  });
  afterAll(() => t.close());

  it("carries the year 2027 in its reference", async () => {
    const premisesId = await createPremisesId(t.db);
    const res = await applicant.session.call("post", "/api/applications")
      .send(applicationBody(applicant.organisationId, premisesId, { requestedStart: "2027-01-01" })).expect(201);
    expect(res.body.reference).toMatch(/^ZBK-WN\/2027\/[0-9A-F]{8}$/);
    expect(res.body.createdAt).toBe("2026-12-31T23:30:00.000Z");
  });

  it("may start today in Kraków (1 January 2027), not on the day before, though that is still the date in UTC", async () => {
    const premisesId = await createPremisesId(t.db);
    const past = await applicant.session.call("post", "/api/applications")
      .send(applicationBody(applicant.organisationId, premisesId, { requestedStart: "2026-12-31" })).expect(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: "requestedStart", code: "requestedStart.past" })]);

    const draft = await applicant.session.call("post", "/api/applications")
      .send(applicationBody(applicant.organisationId, premisesId, { requestedStart: "2027-01-01" })).expect(201);
    const moved = await applicant.session.call("put", `/api/applications/${draft.body.id}`)
      .send(applicationBody(applicant.organisationId, premisesId, { requestedStart: "2026-12-31" })).expect(400);
    expect(moved.body.errors).toEqual([expect.objectContaining({ field: "requestedStart", code: "requestedStart.past" })]);
  });
});

describe("an application made at 2026-12-31T22:59Z (still 2026 in Kraków)", () => {
  let t: TestApp;
  let applicant: Applicant;
  beforeAll(async () => {
    t = await createTestApp({}, fixedClock("2026-12-31T22:59:00Z"));
    applicant = await verifiedApplicant(t);
  });
  afterAll(() => t.close());

  it("carries the year 2026 and may start on 31 December", async () => {
    const premisesId = await createPremisesId(t.db);
    const res = await applicant.session.call("post", "/api/applications")
      .send(applicationBody(applicant.organisationId, premisesId, { requestedStart: "2026-12-31" })).expect(201);
    expect(res.body.reference).toMatch(/^ZBK-WN\/2026\//);
  });
});
