import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signIn } from "@tests/support/auth.ts";
import { createOrganisation, createUser, organisationBody, uniqueNip } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;
let impostor: SignedIn;
let real: SignedIn;
let third: SignedIn;
let officer: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  [impostor, real, third, officer] = await Promise.all([
    createUser(t.db).then((u) => signIn(t.app, u)),
    createUser(t.db).then((u) => signIn(t.app, u)),
    createUser(t.db).then((u) => signIn(t.app, u)),
    createUser(t.db, { role: "officer" }).then((u) => signIn(t.app, u)),
  ]);
});
afterAll(() => t.close());

describe("a NIP registered by somebody else does not block the real organisation", () => {
  const nip = uniqueNip();
  let first: string;
  let second: string;

  it("a second claimant registers the NIP of a pending organisation, and both are marked as conflicting", async () => {
    first = (await impostor.call("post", "/api/organisations").send(organisationBody({ nip, name: "Fundacja Podszywka" })).expect(201)).body.id;
    const res = await real.call("post", "/api/organisations").send(organisationBody({ nip, name: "Fundacja Prawdziwa" })).expect(201);
    second = res.body.id;
    expect(res.body).toMatchObject({ status: "pending-verification", nipConflict: true });
    expect(res.body.nipClaimants).toEqual([expect.objectContaining({ id: first, name: "Fundacja Podszywka", status: "pending-verification" })]);
  });

  it("the officer sees the conflict in the verification queue and on each organisation", async () => {
    const queue = await officer.agent.get(`/api/organisations?status=pending-verification&q=${nip}`).expect(200);
    expect(queue.body.items.map((o: { id: string; nipConflict: boolean }) => [o.id, o.nipConflict]).sort())
      .toEqual([[first, true], [second, true]].sort());
    const detail = await officer.agent.get(`/api/organisations/${first}`).expect(200);
    expect(detail.body.nipClaimants.map((c: { name: string }) => c.name)).toEqual(["Fundacja Prawdziwa"]);
    const unrelated = await createOrganisation(t.db, third.user);
    expect((await officer.agent.get(`/api/organisations/${unrelated.id}`).expect(200)).body).toMatchObject({ nipConflict: false, nipClaimants: [] });
  });

  it("verifying the real one returns the other claimant with the reason, both in the audit trail", async () => {
    const res = await officer.call("post", `/api/organisations/${second}/verify`).expect(200);
    expect(res.body).toMatchObject({ status: "verified", nipConflict: true });
    const other = await impostor.agent.get(`/api/organisations/${first}`).expect(200);
    expect(other.body.status).toBe("returned");
    expect(other.body.returnReason).toContain(`Numer NIP ${nip} został potwierdzony dla innej organizacji (Fundacja Prawdziwa)`);
    const audit = await officer.agent.get(`/api/audit?entity=organisation&entityId=${first}`).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: "return", actor: expect.objectContaining({ email: officer.user.email }) });
  });

  it("the returned claimant cannot resubmit with the verified NIP, nor can the officer verify it", async () => {
    const res = await impostor.call("patch", `/api/organisations/${first}`).send({ name: "Fundacja Podszywka 2" }).expect(200);
    expect(res.body.status).toBe("pending-verification");
    const refused = await officer.call("post", `/api/organisations/${first}/verify`).expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "nip", code: "nip.taken" })]);
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: first } })).status).toBe("pending_verification");
  });

  it("a new claimant of a verified NIP gets a clear 409 naming the NIP, in Polish and in English", async () => {
    const res = await third.call("post", "/api/organisations").send(organisationBody({ nip, name: "Trzecia" })).expect(409);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors).toEqual([{ field: "nip", code: "nip.taken", message: expect.stringContaining("jest już zarejestrowana i zweryfikowana") }]);
    const en = await third.call("post", "/api/organisations").set("Accept-Language", "en").send(organisationBody({ nip, name: "Trzecia" })).expect(409);
    expect(en.body.errors[0].message).toContain("already registered and verified");
    expect(await t.db.organisation.count({ where: { name: "Trzecia" } })).toBe(0);
  });

  it("the verified organisation keeps its NIP when it changes other data; a change sending it back frees it", async () => {
    await real.call("patch", `/api/organisations/${second}`).send({ phone: "12 345 67 89" }).expect(200);
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: second } })).verifiedNip).toBe(nip);
    const res = await real.call("patch", `/api/organisations/${second}`).send({ name: "Fundacja Prawdziwa (nowa nazwa)" }).expect(200);
    expect(res.body.status).toBe("pending-verification");
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: second } })).verifiedNip).toBeNull();
  });
});

describe("one verified holder per NIP, even when two officers verify at once", () => {
  it("of two simultaneous verifications of claimants of one NIP exactly one succeeds", async () => {
    const nip = uniqueNip();
    const a = await createOrganisation(t.db, impostor.user, { nip });
    const b = await createOrganisation(t.db, real.user, { nip });
    const results = await Promise.all([
      officer.call("post", `/api/organisations/${a.id}/verify`),
      officer.call("post", `/api/organisations/${b.id}/verify`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    // The loser waited for the winner and found its claimant returned (PostgreSQL deadlocked here: a 500).
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.type).toBe("application/problem+json");
    expect(loser.body.type).toMatch(/\/organisation-status$/);
    expect(await t.db.organisation.count({ where: { nip, status: "verified" } })).toBe(1);
    expect(await t.db.organisation.count({ where: { nip, status: "returned" } })).toBe(1);
    // Nothing of the loser's written: one verification and one return in the audit trail.
    const audited = await t.db.auditEvent.findMany({ where: { entityId: { in: [a.id, b.id] }, action: { in: ["verify", "return"] } } });
    expect(audited.map((e) => e.action).sort()).toEqual(["return", "verify"]);
  });
});
