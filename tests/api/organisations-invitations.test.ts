import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "@shared/domain/dates.ts";
import { type SignedIn, signIn } from "@tests/support/auth.ts";
import { createOrganisation, createUser, TEST_PASSWORD } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let now = new Date();
const clock: Clock = { now: () => now };
let t: TestApp;
let representative: SignedIn;
let officer: SignedIn;

beforeAll(async () => {
  t = await createTestApp({}, clock);
  [representative, officer] = await Promise.all([
    createUser(t.db).then((u) => signIn(t.app, u)),
    createUser(t.db, { role: "officer" }).then((u) => signIn(t.app, u)),
  ]);
});
afterAll(() => t.close());

const invite = (organisationId: string, email: string) =>
  representative.call("post", `/api/organisations/${organisationId}/members`).send({ email });

describe("a representative invites a person instead of adding an account", () => {
  it("answers 202 with the same invitation whether or not an account has the address, and adds nobody", async () => {
    const { id } = await createOrganisation(t.db, representative.user);
    const colleague = await createUser(t.db);
    const known = await invite(id, colleague.email.toUpperCase()).expect(202);
    const unknown = await invite(id, "nikt-jeszcze@example.pl").expect(202);
    const shape = (body: Record<string, unknown>) => ({ ...body, id: "…", email: "…", createdAt: "…", expiresAt: "…" });
    expect(shape(known.body)).toEqual(shape(unknown.body));
    expect(known.body).toMatchObject({
      organisationId: id, email: colleague.email, status: "pending", invitedBy: representative.user.name,
    });
    expect(Date.parse(known.body.expiresAt) - now.getTime()).toBe(14 * 24 * 60 * 60 * 1000);
    expect(await t.db.membership.count({ where: { organisationId: id } })).toBe(1);
  });

  it("the invited account sees the invitation, accepts it and then represents the organisation", async () => {
    const { id, name } = await createOrganisation(t.db, representative.user);
    const colleagueUser = await createUser(t.db);
    const sent = await invite(id, colleagueUser.email).expect(202);
    const colleague = await signIn(t.app, colleagueUser);
    await colleague.agent.get(`/api/organisations/${id}`).expect(404);
    const list = await colleague.agent.get("/api/invitations").expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: sent.body.id, organisationName: name, status: "pending" })]);

    const accepted = await colleague.call("post", `/api/invitations/${sent.body.id}/accept`).expect(200);
    expect(accepted.body.status).toBe("accepted");
    await colleague.agent.get(`/api/organisations/${id}`).expect(200);
    const me = await colleague.agent.get("/api/auth/me").expect(200);
    expect(me.body.organisations.map((o: { id: string }) => o.id)).toEqual([id]);
    expect((await colleague.agent.get("/api/invitations").expect(200)).body.items).toEqual([]);

    const audit = await officer.agent.get(`/api/audit?entity=organisation&entityId=${id}`).expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["member-invite", "member-add"]));
    const added = audit.body.items.find((e: { action: string }) => e.action === "member-add");
    expect(added.actor.email).toBe(colleagueUser.email);
    expect(added.changes).toEqual([{ field: "members", before: [representative.user.email], after: [representative.user.email, colleagueUser.email] }]);
  });

  it("inviting the same address again while it waits answers with the same invitation", async () => {
    const { id } = await createOrganisation(t.db, representative.user);
    const first = await invite(id, "ponownie@example.pl").expect(202);
    const second = await invite(id, "Ponownie@Example.pl").expect(202);
    expect(second.body.id).toBe(first.body.id);
    expect(await t.db.organisationInvitation.count({ where: { organisationId: id } })).toBe(1);
  });

  it("a person without an account at the time registers with the address and then accepts", async () => {
    const { id } = await createOrganisation(t.db, representative.user);
    const sent = await invite(id, "nowa.osoba@example.pl").expect(202);
    const agent = request.agent(t.app);
    const registered = await agent.post("/api/auth/register").send({ email: "nowa.osoba@example.pl", password: TEST_PASSWORD, name: "Nowa Osoba" }).expect(201);
    await agent.post(`/api/invitations/${sent.body.id}/accept`).set("X-CSRF-Token", registered.body.csrfToken).expect(200);
    await agent.get(`/api/organisations/${id}`).expect(200);
  });
});

describe("only the invited account answers, once, before the invitation expires", () => {
  it("another applicant neither sees nor accepts somebody else's invitation (404)", async () => {
    const { id } = await createOrganisation(t.db, representative.user);
    const sent = await invite(id, "adresat@example.pl").expect(202);
    const stranger = await signIn(t.app, await createUser(t.db));
    expect((await stranger.agent.get("/api/invitations").expect(200)).body.items).toEqual([]);
    await stranger.call("post", `/api/invitations/${sent.body.id}/accept`).expect(404);
    await stranger.call("post", `/api/invitations/${sent.body.id}/decline`).expect(404);
    expect(await t.db.membership.count({ where: { organisationId: id } })).toBe(1);
  });

  it("a declined invitation adds nobody and cannot be accepted afterwards", async () => {
    const { id } = await createOrganisation(t.db, representative.user);
    const invited = await createUser(t.db);
    const sent = await invite(id, invited.email).expect(202);
    const session = await signIn(t.app, invited);
    const declined = await session.call("post", `/api/invitations/${sent.body.id}/decline`).expect(200);
    expect(declined.body.status).toBe("declined");
    await session.call("post", `/api/invitations/${sent.body.id}/accept`).expect(404);
    expect(await t.db.membership.count({ where: { organisationId: id, userId: invited.id } })).toBe(0);
  });

  it("an invitation older than 14 days can no longer be accepted", async () => {
    const { id } = await createOrganisation(t.db, representative.user);
    const invited = await createUser(t.db);
    const sent = await invite(id, invited.email).expect(202);
    const saved = now;
    try {
      now = new Date(saved.getTime() + 15 * 24 * 60 * 60 * 1000);
      const session = await signIn(t.app, invited);
      expect((await session.agent.get("/api/invitations").expect(200)).body.items).toEqual([]);
      await session.call("post", `/api/invitations/${sent.body.id}/accept`).expect(404);
    } finally {
      now = saved;
    }
    expect(await t.db.membership.count({ where: { organisationId: id, userId: invited.id } })).toBe(0);
  });
});
