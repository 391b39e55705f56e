import { createHash } from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@tests/support/auth.ts";
import { createUser, organisationBody, TEST_PASSWORD } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sessionCookie = (res: request.Response) =>
  ([] as string[]).concat(res.headers["set-cookie"] ?? []).find((c) => c.startsWith("sp_session="));
const tokenOf = (cookie: string | undefined) => cookie?.split(";")[0]?.split("=")[1] ?? "";

describe("registration", () => {
  it("a new user registers as an applicant and is signed in at once", async () => {
    const agent = request.agent(t.app);
    const res = await agent.post("/api/auth/register")
      .send({ email: "  Anna.Nowak@Example.PL ", password: "Zielony-Rower-Na-Plantach", name: "Anna Nowak" })
      .expect(201);
    expect(res.body).toMatchObject({
      user: { email: "anna.nowak@example.pl", name: "Anna Nowak", role: "applicant" },
      organisations: [],
      csrfToken: expect.any(String),
    });
    const me = await agent.get("/api/auth/me").expect(200);
    expect(me.body.user.email).toBe("anna.nowak@example.pl");
    expect(me.body.csrfToken).toBe(res.body.csrfToken);
  });

  it("stores an argon2id hash, never the password", async () => {
    const row = await t.db.user.findUniqueOrThrow({ where: { email: "anna.nowak@example.pl" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("Zielony");
  });

  it("an e-mail address already registered (in any letter case) gets a 409 naming the field", async () => {
    const res = await request(t.app).post("/api/auth/register")
      .send({ email: "ANNA.NOWAK@example.pl", password: "Inne-Dlugie-Haslo-42", name: "Anna Druga" })
      .expect(409);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "email", code: "email.taken" })]);
  });

  it.each([
    ["krótkie", "Hasło musi mieć co najmniej 12 znaków."],
    ["Password2024!", "zbyt łatwe do odgadnięcia"],
    ["qwertyuiop12", "zbyt łatwe do odgadnięcia"],
  ])("a weak password %j is refused with a 400 naming the password", async (password, message) => {
    const res = await request(t.app).post("/api/auth/register")
      .send({ email: `weak-${password.length}@example.pl`, password, name: "Jan Kowalski" })
      .expect(400);
    expect(res.body.errors[0].field).toBe("password");
    expect(res.body.errors[0].message).toContain(message);
  });

  it("an invalid e-mail address is refused in English when asked", async () => {
    const res = await request(t.app).post("/api/auth/register").set("Accept-Language", "en")
      .send({ email: "not-an-address", password: TEST_PASSWORD, name: "Jan Kowalski" })
      .expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: "email", message: expect.stringContaining("valid e-mail") });
  });
});

describe("signing in", () => {
  it("the right password signs in and sets an httpOnly, SameSite=Lax session cookie (not Secure outside production)", async () => {
    const user = await createUser(t.db);
    const res = await request(t.app).post("/api/auth/login").send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const cookie = sessionCookie(res);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.body).toMatchObject({ user: { email: user.email, role: "applicant" }, csrfToken: expect.any(String) });
  });

  it("the database keeps only the SHA-256 of the session token", async () => {
    const user = await createUser(t.db);
    const res = await request(t.app).post("/api/auth/login").send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const token = tokenOf(sessionCookie(res));
    const sessions = await t.db.session.findMany({ where: { userId: user.id } });
    expect(sessions.map((s) => s.id)).toEqual([createHash("sha256").update(token).digest("hex")]);
  });

  it("a wrong password and an unknown e-mail get the same 401 answer", async () => {
    const user = await createUser(t.db);
    const wrong = await request(t.app).post("/api/auth/login").send({ email: user.email, password: "Zle-Haslo-Zle-Haslo" }).expect(401);
    const unknown = await request(t.app).post("/api/auth/login").send({ email: "nikt@example.pl", password: "Zle-Haslo-Zle-Haslo" }).expect(401);
    expect(wrong.body.detail).toBe("Nieprawidłowy e-mail lub hasło.");
    expect({ ...unknown.body, instance: undefined }).toEqual({ ...wrong.body, instance: undefined });
    expect(sessionCookie(wrong)).toBeUndefined();
  });

  it("a disabled account cannot sign in, and its open sessions stop working", async () => {
    const user = await createUser(t.db);
    const session = await signIn(t.app, user);
    await t.db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect((await session.agent.get("/api/auth/me").expect(200)).body.user).toBeNull();
    await request(t.app).post("/api/auth/login").send({ email: user.email, password: TEST_PASSWORD }).expect(401);
  });

  it("signing in again ends the session the browser had before", async () => {
    const user = await createUser(t.db);
    const first = await signIn(t.app, user);
    await first.call("post", "/api/auth/login").send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("anonymous callers are told nobody is signed in", async () => {
    const res = await request(t.app).get("/api/auth/me").expect(200);
    expect(res.body).toEqual({ user: null, organisations: [], csrfToken: null });
  });
});

describe("signing out", () => {
  it("ends the session: the old cookie no longer signs anybody in", async () => {
    const user = await createUser(t.db);
    const login = await request(t.app).post("/api/auth/login").send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const cookie = `sp_session=${tokenOf(sessionCookie(login))}`;
    const logout = await request(t.app).post("/api/auth/logout").set("Cookie", cookie).set("X-CSRF-Token", login.body.csrfToken).expect(204);
    expect(sessionCookie(logout)).toMatch(/sp_session=;/);
    expect((await request(t.app).get("/api/auth/me").set("Cookie", cookie).expect(200)).body.user).toBeNull();
    await request(t.app).post("/api/organisations").set("Cookie", cookie).set("X-CSRF-Token", login.body.csrfToken)
      .send(organisationBody()).expect(401);
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("session expiry", () => {
  const HOUR = 60 * 60 * 1000;

  it("a session idle for more than 8 hours has ended, and its cookie is cleared", async () => {
    const session = await signIn(t.app, await createUser(t.db));
    await t.db.session.updateMany({ where: { userId: session.user.id }, data: { lastSeenAt: new Date(Date.now() - 8 * HOUR - 1000) } });
    const res = await session.agent.get("/api/auth/me").expect(200);
    expect(res.body.user).toBeNull();
    expect(sessionCookie(res)).toMatch(/sp_session=;/);
    expect(await t.db.session.count({ where: { userId: session.user.id } })).toBe(0);
  });

  it("a request within 8 hours keeps the session alive and moves its end", async () => {
    const session = await signIn(t.app, await createUser(t.db));
    await t.db.session.updateMany({ where: { userId: session.user.id }, data: { lastSeenAt: new Date(Date.now() - 7 * HOUR) } });
    expect((await session.agent.get("/api/auth/me").expect(200)).body.user.id).toBe(session.user.id);
    const row = await t.db.session.findFirstOrThrow({ where: { userId: session.user.id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * HOUR);
  });

  it("a session ends 7 days after sign-in however active it is", async () => {
    const session = await signIn(t.app, await createUser(t.db));
    await t.db.session.updateMany({ where: { userId: session.user.id }, data: { createdAt: new Date(Date.now() - 7 * 24 * HOUR - 1000) } });
    expect((await session.agent.get("/api/auth/me").expect(200)).body.user).toBeNull();
  });
});

describe("cross-site request forgery", () => {
  it("a signed-in state-changing request without the X-CSRF-Token header is refused with 403 csrf", async () => {
    const session = await signIn(t.app, await createUser(t.db));
    const res = await session.agent.post("/api/organisations").send(organisationBody()).expect(403);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.type).toMatch(/\/csrf$/);
    expect(await t.db.organisation.count()).toBe(0);
  });

  it("a wrong token is refused too", async () => {
    const session = await signIn(t.app, await createUser(t.db));
    await session.agent.post("/api/auth/logout").set("X-CSRF-Token", session.csrfToken.replace(/.$/, "x")).expect(403);
    expect((await session.agent.get("/api/auth/me").expect(200)).body.user).not.toBeNull();
  });

  it("the session's token is accepted", async () => {
    const session = await signIn(t.app, await createUser(t.db));
    await session.call("post", "/api/organisations").send(organisationBody()).expect(201);
  });

  it("a request from a page of another site is refused, even a sign-in", async () => {
    const user = await createUser(t.db);
    const res = await request(t.app).post("/api/auth/login").set("Origin", "https://evil.example")
      .send({ email: user.email, password: TEST_PASSWORD }).expect(403);
    expect(res.body.type).toMatch(/\/csrf$/);
    await request(t.app).post("/api/auth/login").set("Origin", "null").send({ email: user.email, password: TEST_PASSWORD }).expect(403);
  });

  it("a request from the server's own origin is accepted", async () => {
    const user = await createUser(t.db);
    await request(t.app).post("/api/auth/login").set("Host", "lokale.krakow.example").set("Origin", "https://lokale.krakow.example")
      .send({ email: user.email, password: TEST_PASSWORD }).expect(200);
  });

  it("reading is not affected by the Origin header", async () => {
    await request(t.app).get("/api/auth/me").set("Origin", "https://evil.example").expect(200);
  });
});

describe("rate limits (each on a fresh database)", () => {
  it("the 11th sign-in attempt for one e-mail in 15 minutes gets 429 with Retry-After, even with the right password", async () => {
    const own = await createTestApp();
    try {
      const user = await createUser(own.db);
      for (let i = 0; i < 10; i += 1) {
        await request(own.app).post("/api/auth/login").send({ email: user.email, password: "Zle-Haslo-Zle-Haslo" }).expect(401);
      }
      const res = await request(own.app).post("/api/auth/login").send({ email: user.email, password: TEST_PASSWORD }).expect(429);
      expect(res.type).toBe("application/problem+json");
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(res.headers["retry-after"])).toBeLessThanOrEqual(15 * 60);
      // Another e-mail from the same address is still within the per-address limit of 50.
      const other = await createUser(own.db);
      await request(own.app).post("/api/auth/login").send({ email: other.email, password: TEST_PASSWORD }).expect(200);
    } finally {
      await own.close();
    }
  });

  it("the 11th registration from one address in an hour gets 429", async () => {
    const own = await createTestApp();
    try {
      for (let i = 0; i < 10; i += 1) {
        await request(own.app).post("/api/auth/register")
          .send({ email: `osoba${i}@example.pl`, password: TEST_PASSWORD, name: "Osoba Testowa" }).expect(201);
      }
      const res = await request(own.app).post("/api/auth/register")
        .send({ email: "osoba10@example.pl", password: TEST_PASSWORD, name: "Osoba Testowa" }).expect(429);
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      expect(await own.db.user.count()).toBe(10);
    } finally {
      await own.close();
    }
  });

  it("the limits are counted in the database, so every API process sees them", async () => {
    const buckets = await t.db.rateLimitBucket.findMany();
    expect(buckets.some((b) => b.key.startsWith("login:ip:"))).toBe(true);
  });
});

describe("in production", () => {
  it("the session cookie is Secure", async () => {
    const prod = await createTestApp({ NODE_ENV: "production" });
    try {
      const user = await createUser(prod.db);
      const res = await request(prod.app).post("/api/auth/login").send({ email: user.email, password: TEST_PASSWORD }).expect(200);
      expect(sessionCookie(res)).toMatch(/; Secure/);
    } finally {
      await prod.close();
    }
  });
});
