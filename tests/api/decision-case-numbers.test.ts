import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityYearOf } from "@shared/domain/dates.ts";
import { daysFromToday, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, officerPosting, verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId, createUser, submittedApplication } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";
import { nextCaseNumber } from "@server/features/applications/repository.ts";

// Case numbers run per year without gaps or repeats: decisions issued at the same moment by two
// officers (real HTTP requests in flight at once against the app on a port) get consecutive numbers;
// a decision refused by a rule (the de minimis ceiling, a rate below the policy's) takes none, and a
// transaction rolled back after it took its number leaves no hole: the next decision takes it.

let t: TestApp;
let server: Server;
let baseUrl: string;
let association: Applicant;
let nearCeiling: Applicant;
let officers: Array<(path: string) => request.Test>;
const year = cityYearOf(new Date());

beforeAll(async () => {
  t = await createTestApp();
  await seedPolicy(t);
  server = t.app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  association = await verifiedApplicant(t, { legalForm: "association" });
  nearCeiling = await verifiedApplicant(t, {
    socialEnterprise: true, socialEnterpriseSince: "2023-05-10", economicActivity: true,
    declaredAid: [{ grantor: "Wojewoda Małopolski", grantedOn: daysFromToday(-365), amountEur: "299000.00" }],
  });
  officers = await Promise.all([
    createUser(t.db, { role: "officer" }).then((user) => officerPosting(baseUrl, user)),
    createUser(t.db, { role: "officer" }).then((user) => officerPosting(baseUrl, user)),
  ]);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

const seqOf = (caseNumber: string) => {
  const match = /^ZBK-WN\/(\d{4})\/(\d{4})$/.exec(caseNumber);
  if (!match) throw new Error(`not a case number: ${caseNumber}`);
  expect(Number(match[1])).toBe(year);
  return Number(match[2]);
};

async function allCaseNumbers(): Promise<number[]> {
  const rows = await t.db.decision.findMany({ select: { caseNumber: true } });
  return rows.map((r) => seqOf(r.caseNumber)).sort((a, b) => a - b);
}

const consecutiveFrom = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);

describe("case numbers of decisions", () => {
  it("decisions issued at the same moment by two officers get consecutive numbers, none repeated", async () => {
    const before = await allCaseNumbers();
    const ids = await Promise.all(Array.from({ length: 12 }, async () => submittedApplication(association, await createPremisesId(t.db))));
    const responses = await Promise.all(ids.map((id, i) => {
      const officer = officers[i % 2]!;
      return i % 3 === 0
        ? officer(`/api/applications/${id}/reject`).send({ reason: "Wniosek nie spełnia warunków programu najmu." })
        : officer(`/api/applications/${id}/approve`).send({ startDate: daysFromToday(30), months: 12 });
    }));
    expect(responses.map((r) => r.status), responses.map((r) => r.text.slice(0, 200)).join("\n")).toEqual(ids.map(() => 200));
    const numbers = responses.map((r) => seqOf(r.body.decision.caseNumber as string)).sort((a, b) => a - b);
    const first = (before.at(-1) ?? 0) + 1;
    expect(numbers).toEqual(consecutiveFrom(first, ids.length));
    expect(await allCaseNumbers()).toEqual(consecutiveFrom(1, first - 1 + ids.length));
  });

  it("an approval and its competitor's refusal, made in one transaction, take two consecutive numbers", async () => {
    const last = (await allCaseNumbers()).at(-1)!;
    const premisesId = await createPremisesId(t.db);
    const other = await verifiedApplicant(t, { legalForm: "association" });
    const [a, b] = [await submittedApplication(association, premisesId), await submittedApplication(other, premisesId)];
    const responses = await Promise.all([
      officers[0]!(`/api/applications/${a}/approve`).send({ startDate: daysFromToday(30), months: 12 }),
      officers[1]!(`/api/applications/${b}/approve`).send({ startDate: daysFromToday(30), months: 12 }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await allCaseNumbers()).toEqual(consecutiveFrom(1, last + 2));
  });

  it("a refused decision takes no number, and one rolled back after taking its number leaves no gap", async () => {
    const last = (await allCaseNumbers()).at(-1)!;
    const rolledBack = t.db.$transaction(async (tx) => {
      expect(await nextCaseNumber(tx, "ZBK-WN", year)).toBe(`ZBK-WN/${year}/${String(last + 1).padStart(4, "0")}`);
      throw new Error("the decision failed after its number was taken");
    });
    await expect(rolledBack).rejects.toThrow("the decision failed");
    const tooMuch = await submittedApplication(nearCeiling, await createPremisesId(t.db));
    // 12 months at 6.00 zł/m²: 3 289.86 EUR of aid against the 1 000.00 EUR left (applications.test.ts).
    const ceiling = await officers[0]!(`/api/applications/${tooMuch}/approve`).send({ startDate: daysFromToday(30), months: 12, eurRate: "4.25" }).expect(422);
    expect(ceiling.body.type).toMatch(/de-minimis-ceiling$/);
    const belowPolicy = await officers[1]!(`/api/applications/${tooMuch}/approve`).send({ startDate: daysFromToday(30), months: 12, eurRate: "4.25", rate: "5.99" }).expect(422);
    expect(belowPolicy.body.errors.map((e: { field: string }) => e.field)).toContain("rate");

    const id = await submittedApplication(association, await createPremisesId(t.db));
    const next = await officers[0]!(`/api/applications/${id}/reject`).send({ reason: "Wniosek nie spełnia warunków programu najmu." }).expect(200);
    expect(seqOf(next.body.decision.caseNumber)).toBe(last + 1);
    expect(await allCaseNumbers()).toEqual(consecutiveFrom(1, last + 1));
    const counter = await t.db.decisionCounter.findUniqueOrThrow({ where: { key: `ZBK-WN/${year}` } });
    expect(counter.seq).toBe(last + 1);
  });
});
