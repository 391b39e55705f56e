import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, officerPosting, verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId, createUser, submittedApplication } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Two officers approve at the same moment: two real HTTP requests in flight at once against the app
// listening on a port. Exactly one wins; the other gets 409; the premises is reserved once, and the
// rows agree with each other. Twenty rounds, each on fresh premises and applications.

const ROUNDS = Array.from({ length: 20 }, (_, i) => i + 1);

let t: TestApp;
let server: Server;
let baseUrl: string;
let first: Applicant;
let second: Applicant;
let officers: Array<(path: string) => request.Test>;

beforeAll(async () => {
  t = await createTestApp();
  await seedPolicy(t);
  server = t.app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const economic = { socialEnterprise: true, socialEnterpriseSince: "2023-05-10", economicActivity: true };
  [first, second] = await Promise.all([verifiedApplicant(t, economic), verifiedApplicant(t, { legalForm: "association" })]);
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

const terms = () => ({ startDate: daysFromToday(30), months: 12, eurRate: "4.2500" });

async function stateOf(premisesId: string, ids: string[]) {
  const [premises, applications, decisions, notifications, audit] = await Promise.all([
    t.db.premises.findUniqueOrThrow({ where: { id: premisesId }, select: { status: true } }),
    t.db.application.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, reservedPremisesId: true } }),
    t.db.decision.findMany({ where: { applicationId: { in: ids } }, select: { applicationId: true, outcome: true, reason: true } }),
    t.db.notification.findMany({ where: { applicationId: { in: ids }, kind: { in: ["application-approved", "application-lost"] } } }),
    t.db.auditEvent.findMany({ where: { entity: "application", entityId: { in: ids }, action: "approve" } }),
  ]);
  return { premises, applications, decisions, notifications, audit };
}

describe("two officers approving competing applications at the same moment", () => {
  it.each(ROUNDS)("round %i: exactly one wins, the other gets 409, the data stays consistent", async () => {
    const premisesId = await createPremisesId(t.db);
    const a = await submittedApplication(first, premisesId);
    const b = await submittedApplication(second, premisesId);

    const responses = await Promise.all([
      officers[0]!(`/api/applications/${a}/approve`).send(terms()),
      officers[1]!(`/api/applications/${b}/approve`).send(terms()),
    ]);

    expect(responses.map((r) => r.status).sort(), responses.map((r) => r.text.slice(0, 200)).join("\n")).toEqual([200, 409]);
    const loser = responses.find((r) => r.status === 409)!;
    expect(loser.type).toBe("application/problem+json");
    expect(loser.body.type).toMatch(/premises-taken$/);
    expect(loser.body.detail).toContain("innemu wnioskodawcy");
    const winnerId = responses[0].status === 200 ? a : b;
    const loserId = winnerId === a ? b : a;

    const state = await stateOf(premisesId, [a, b]);
    expect(state.premises.status).toBe("reserved");
    expect(state.applications.find((x) => x.id === winnerId)).toMatchObject({ status: "approved", reservedPremisesId: premisesId });
    expect(state.applications.find((x) => x.id === loserId)).toMatchObject({ status: "rejected", reservedPremisesId: null });
    expect(state.decisions.map((d) => [d.applicationId === winnerId ? "winner" : "loser", d.outcome]).sort()).toEqual([
      ["loser", "rejected"], ["winner", "approved"],
    ]);
    expect(state.decisions.find((d) => d.applicationId === loserId)?.reason).toBe("Lokal przyznano innemu wnioskodawcy.");
    expect(state.notifications.map((n) => [n.applicationId === winnerId ? "winner" : "loser", n.kind]).sort()).toEqual([
      ["loser", "application-lost"], ["winner", "application-approved"],
    ]);
    expect(state.audit.map((e) => e.entityId)).toEqual([winnerId]);
  });

  it.each(ROUNDS.slice(0, 5))("round %i: the same application approved twice at once is approved once", async () => {
    const premisesId = await createPremisesId(t.db);
    const a = await submittedApplication(first, premisesId);
    const responses = await Promise.all(officers.map((officer) => officer(`/api/applications/${a}/approve`).send(terms())));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const state = await stateOf(premisesId, [a]);
    expect(state.decisions).toHaveLength(1);
    expect(state.notifications).toHaveLength(1);
    expect(state.audit).toHaveLength(1);
  });

  it("the database itself refuses a second application holding the same premises", async () => {
    const premisesId = await createPremisesId(t.db);
    const a = await submittedApplication(first, premisesId);
    const b = await submittedApplication(second, premisesId);
    await t.db.application.update({ where: { id: a }, data: { reservedPremisesId: premisesId } });
    await expect(t.db.application.update({ where: { id: b }, data: { reservedPremisesId: premisesId } }))
      .rejects.toMatchObject({ code: "P2002" });
  });
});
