import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partiesColumn } from "@shared/contracts/decision-records.ts";
import { seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { applicationIn, createPremisesId } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// The records of the proceedings refer to what they are about through foreign keys, and the
// approval's terms are a record of their own.

let t: TestApp;
let officer: SignedIn;
let applicant: Applicant;
let approvedId: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedPolicy(t);
  officer = await signedInStaff(t);
  applicant = await verifiedApplicant(t, { economicActivity: true });
  approvedId = await applicationIn(t.db, "approved", applicant.session, officer, applicant.organisationId);
});
afterAll(() => t.close());

describe("foreign keys", () => {
  it("refuse to delete a premises or an organisation that an application refers to", async () => {
    const application = await t.db.application.findUniqueOrThrow({ where: { id: approvedId } });
    await expect(t.db.premises.delete({ where: { id: application.premisesId } })).rejects.toThrow();
    await expect(t.db.organisation.delete({ where: { id: application.organisationId } })).rejects.toThrow();
    expect(await t.db.premises.count({ where: { id: application.premisesId } })).toBe(1);
  });

  it("refuse a message, an application or a file about something that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(t.db.notification.create({
      data: { organisationId: missing, kind: "application-submitted", subject: "x", body: "x" },
    })).rejects.toThrow();
    await expect(t.db.premisesFile.create({
      data: { premisesId: missing, kind: "photo", mime: "image/png", size: 1, originalName: "a.png", sha256: "0" },
    })).rejects.toThrow();
    const premisesId = await createPremisesId(t.db);
    await expect(t.db.application.create({
      data: {
        organisationId: missing, premisesId, intendedUse: "office", activity: "x", socialPurpose: "x", employees: 1,
        employeesAtRisk: 0, requestedStart: "2027-01-01", requestedMonths: 12, tenantWillRenovate: false, accessibilityNeeds: "",
      },
    })).rejects.toThrow();
  });

  it("take an application's messages with it, but never a decided application", async () => {
    const submittedId = await applicationIn(t.db, "submitted", applicant.session, officer, applicant.organisationId);
    expect(await t.db.notification.count({ where: { applicationId: submittedId } })).toBe(1);
    await t.db.application.delete({ where: { id: submittedId } });
    expect(await t.db.notification.count({ where: { applicationId: submittedId } })).toBe(0);
    await expect(t.db.application.delete({ where: { id: approvedId } })).rejects.toThrow();
  });
});

describe("an approval's record", () => {
  it("holds the decision, its terms and the de minimis aid in their own rows", async () => {
    const decision = await t.db.decision.findUniqueOrThrow({
      where: { applicationId: approvedId }, include: { terms: { include: { deMinimisAid: true } } },
    });
    expect(decision).toMatchObject({ outcome: "approved", reason: null });
    // 30.00 zł/m² base; the rate of the applicant's best rule on 50.00 m², 12 months.
    expect(decision.terms).toMatchObject({ baseRateGrosze: 3000, areaDm2: 5000, months: 12, beforeStartDays: 0, renovationDays: 0 });
    expect(decision.terms?.deMinimisAid).toMatchObject({ eurRate: "4.2500" });
    expect(partiesColumn.read(decision.parties).premises.area).toBe("50.00");
  });

  it("is read through its schema: a damaged JSON column fails loudly, not as a wrong document", async () => {
    const decision = await t.db.decision.findUniqueOrThrow({ where: { applicationId: approvedId } });
    expect(() => partiesColumn.read(JSON.stringify({ organisation: { name: "x" } }))).toThrow();
    await t.db.decision.update({ where: { id: decision.id }, data: { parties: "{}" } });
    const res = await officer.call("get", `/api/applications/${approvedId}/decision.pdf`);
    expect(res.status).toBe(500);
    await t.db.decision.update({ where: { id: decision.id }, data: { parties: decision.parties } });
    await officer.call("get", `/api/applications/${approvedId}/decision.pdf`).expect(200);
  });
});
