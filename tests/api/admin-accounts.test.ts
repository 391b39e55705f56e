import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account } from "@shared/contracts/accounts.ts";
import { type SignedIn, signIn } from "@tests/support/auth.ts";
import { createUser, TEST_PASSWORD, type TestUser } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;
let adminUser: TestUser;
let admin: SignedIn;

const accounts = async (query: string) => (await admin.call("get", `/api/accounts${query}`).expect(200)).body as { items: Account[]; page: { total: number } };
const history = async (id: string) =>
  (await admin.call("get", `/api/audit?entity=user&entityId=${id}`).expect(200)).body.items as { action: string; actor: { email: string } | null }[];

beforeAll(async () => {
  t = await createTestApp();
  adminUser = await createUser(t.db, { role: "admin", name: "Anna Administratorka" });
  admin = await signIn(t.app, adminUser);
});
afterAll(() => t.close());

describe("the account list", () => {
  it("finds an account by part of its name without diacritics or of its e-mail, filters by role and active, and shows the last sign-in", async () => {
    const officer = await createUser(t.db, { role: "officer", name: "Łukasz Źdźbło", email: "l.zdzblo@um.krakow.pl" });
    const byName = await accounts("?q=lukasz%20zdz");
    expect(byName.items.map((a) => a.email)).toEqual(["l.zdzblo@um.krakow.pl"]);
    expect(byName.items[0]).toMatchObject({ name: "Łukasz Źdźbło", role: "officer", active: true, lastSignInAt: null });
    expect((await accounts("?q=ZDZBLO@UM")).items.map((a) => a.id)).toEqual([officer.id]);
    expect((await accounts("?role=admin")).items.every((a) => a.role === "admin")).toBe(true);
    expect((await accounts("?role=applicant&q=zdzblo")).items).toEqual([]);

    const before = Date.now();
    await signIn(t.app, officer);
    const [signedIn] = (await accounts("?q=zdzblo")).items;
    expect(Date.parse(signedIn!.lastSignInAt!)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("pages the list and refuses a role it does not know, naming the field", async () => {
    for (let i = 0; i < 3; i++) await createUser(t.db, { role: "officer", name: `Stronicowany ${i}` });
    const page = await accounts("?q=stronicowany&pageSize=2&page=2");
    expect(page.items).toHaveLength(1);
    expect(page.page.total).toBe(3);
    const res = await admin.call("get", "/api/accounts?role=superuser").expect(400);
    expect(res.body.errors[0].field).toBe("role");
  });
});

describe("creating a staff account", () => {
  it("an admin creates an officer who is mailed a set-password invitation and cannot sign in before; the creation is audited", async () => {
    const res = await admin.call("post", "/api/accounts").send({ email: " Nowa.Urzedniczka@UM.krakow.pl ", name: "Nowa Urzędniczka", role: "officer" }).expect(201);
    expect(res.body).toMatchObject({ email: "nowa.urzedniczka@um.krakow.pl", role: "officer", active: true, lastSignInAt: null });
    const mail = await t.db.mailMessage.findFirstOrThrow({ where: { to: "nowa.urzedniczka@um.krakow.pl" }, select: { kind: true, text: true } });
    expect(mail.kind).toBe("account-account-setup");
    expect(mail.text).toMatch(/\/set-password\?token=/);
    await request(t.app).post("/api/auth/login").send({ email: "nowa.urzedniczka@um.krakow.pl", password: TEST_PASSWORD }).expect(401);
    expect((await history(res.body.id as string)).map((e) => [e.action, e.actor?.email])).toEqual([["create", adminUser.email]]);
  });

  it("refuses a taken e-mail (409 naming the field) and an applicant's role (400 naming the role)", async () => {
    const taken = await admin.call("post", "/api/accounts").send({ email: adminUser.email, name: "Ktoś Inny", role: "officer" }).expect(409);
    expect(taken.body.errors[0].field).toBe("email");
    const applicant = await admin.call("post", "/api/accounts").send({ email: "x@example.pl", name: "Ktoś Inny", role: "applicant" }).expect(400);
    expect(applicant.body.errors[0].field).toBe("role");
  });
});

describe("changing a role", () => {
  it("makes an officer an admin and back, each change in the audit trail", async () => {
    const officer = await createUser(t.db, { role: "officer" });
    expect((await admin.call("put", `/api/accounts/${officer.id}/role`).send({ role: "admin" }).expect(200)).body.role).toBe("admin");
    expect((await admin.call("put", `/api/accounts/${officer.id}/role`).send({ role: "officer" }).expect(200)).body.role).toBe("officer");
    expect((await history(officer.id)).map((e) => e.action)).toEqual(["change-role", "change-role"]);
  });

  it("refuses to turn an applicant's account into staff (409)", async () => {
    const applicant = await createUser(t.db);
    const res = await admin.call("put", `/api/accounts/${applicant.id}/role`).send({ role: "officer" }).expect(409);
    expect(res.body.type).toMatch(/account-not-staff$/);
  });

  it("answers 404 for an account that does not exist", async () => {
    await admin.call("put", `/api/accounts/${crypto.randomUUID()}/role`).send({ role: "officer" }).expect(404);
  });
});

describe("deactivating an account", () => {
  it("ends every open session of the account at once, refuses its sign-in, and reactivation lets it sign in again", async () => {
    const officer = await createUser(t.db, { role: "officer" });
    const [first, second] = [await signIn(t.app, officer), await signIn(t.app, officer)];
    await first.call("get", "/api/leases").expect(200);

    const res = await admin.call("post", `/api/accounts/${officer.id}/deactivate`).expect(200);
    expect(res.body.active).toBe(false);
    for (const session of [first, second]) {
      await session.call("get", "/api/leases").expect(401);
      expect((await session.call("get", "/api/auth/me").expect(200)).body.user).toBeNull();
    }
    expect(await t.db.session.count({ where: { userId: officer.id } })).toBe(0);
    await request(t.app).post("/api/auth/login").send({ email: officer.email, password: officer.password }).expect(401);
    expect((await accounts("?active=false")).items.map((a) => a.id)).toContain(officer.id);

    expect((await admin.call("post", `/api/accounts/${officer.id}/reactivate`).expect(200)).body.active).toBe(true);
    await (await signIn(t.app, officer)).call("get", "/api/leases").expect(200);
    expect((await history(officer.id)).map((e) => e.action)).toEqual(["reactivate", "deactivate"]);
  });
});

describe("the last active admin", () => {
  it("cannot be deactivated or demoted (409 last-admin), by itself or anyone; with a second admin it can", async () => {
    const own = await createTestApp();
    try {
      const only = await createUser(own.db, { role: "admin" });
      const session = await signIn(own.app, only);
      const demote = await session.call("put", `/api/accounts/${only.id}/role`).send({ role: "officer" }).expect(409);
      expect(demote.body.type).toMatch(/last-admin$/);
      expect(demote.body.detail).toContain("ostatnie aktywne konto administratora");
      await session.call("post", `/api/accounts/${only.id}/deactivate`).expect(409);
      expect(await own.db.user.findUniqueOrThrow({ where: { id: only.id }, select: { role: true, disabled: true } })).toEqual({ role: "admin", disabled: false });

      // A deactivated admin does not count: the active one is still the last.
      const inactive = await createUser(own.db, { role: "admin" });
      await session.call("post", `/api/accounts/${inactive.id}/deactivate`).expect(200);
      await session.call("post", `/api/accounts/${only.id}/deactivate`).expect(409);

      const second = await createUser(own.db, { role: "officer" });
      await session.call("put", `/api/accounts/${second.id}/role`).send({ role: "admin" }).expect(200);
      await session.call("put", `/api/accounts/${only.id}/role`).send({ role: "officer" }).expect(200);
      // The demoted admin's session now has an officer's rights only.
      await session.call("get", "/api/accounts").expect(403);
      const other = await signIn(own.app, second);
      await other.call("post", `/api/accounts/${second.id}/deactivate`).expect(409);
    } finally {
      await own.close();
    }
  });
});
