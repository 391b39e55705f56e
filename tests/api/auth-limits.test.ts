import request from "supertest";
import { afterEach, describe, expect, it } from "vitest";
import { loadEnv } from "@server/lib/env.ts";
import { consumeRateLimits } from "@server/lib/rate-limit.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";
import { createUser, TEST_PASSWORD } from "@tests/support/factories.ts";

const WRONG = "Zle-Haslo-Zle-Haslo";
// Every refused sign-in costs an argon2 verification (about 0.15 s, seconds on a loaded machine).
const ARGON_LOOP = 150_000;
const MINUTE = 60 * 1000;

let apps: TestApp[] = [];
afterEach(async () => {
  await Promise.all(apps.map((a) => a.close()));
  apps = [];
});
async function app(env: Record<string, string> = {}): Promise<TestApp> {
  const created = await createTestApp(env);
  apps.push(created);
  return created;
}

function login(t: TestApp, email: string, password: string, forwardedFor?: string) {
  const req = request(t.app).post("/api/auth/login");
  if (forwardedFor) req.set("X-Forwarded-For", forwardedFor);
  return req.send({ email, password });
}

describe("TRUST_PROXY is read as Express documents it", () => {
  it.each([
    ["true", true],
    ["FALSE", false],
    ["1", 1],
    ["2", 2],
    ["10.0.0.1", ["10.0.0.1"]],
    ["loopback, 10.0.0.0/8, 192.168.0.0/255.255.0.0, fd00::/8", ["loopback", "10.0.0.0/8", "192.168.0.0/255.255.0.0", "fd00::/8"]],
  ])("%j is %j", (value, expected) => {
    expect(loadEnv({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it("unset or empty means Express's default (no proxy trusted)", () => {
    expect(loadEnv({}).TRUST_PROXY).toBeUndefined();
    expect(loadEnv({ TRUST_PROXY: "" }).TRUST_PROXY).toBeUndefined();
  });

  it.each(["yes", "10.0.0.300", "10.0.0.0/33", "1.5", "proxy.example", "10.0.0.1,,10.0.0.2"])(
    "%j stops the start with a message naming the variable and what it takes",
    (value) => {
      expect(() => loadEnv({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: expected true, false, a hop count/);
    },
  );

  it("TRUST_PROXY=true starts the app and the address comes from X-Forwarded-For", async () => {
    const t = await app({ TRUST_PROXY: "true" });
    const user = await createUser(t.db);
    await login(t, user.email, WRONG, "203.0.113.7").expect(401);
    const keys = (await t.db.rateLimitBucket.findMany()).map((b) => b.key);
    expect(keys).toContain("login:ip:203.0.113.7");
  });
});

describe("sign-in limits behind a proxy", () => {
  it("with TRUST_PROXY=1 each client behind the proxy has its own bucket", async () => {
    const t = await app({ TRUST_PROXY: "1" });
    const user = await createUser(t.db);
    for (let i = 0; i < 10; i += 1) await login(t, user.email, WRONG, "198.51.100.1").expect(401);
    await login(t, user.email, WRONG, "198.51.100.1").expect(429);
    // Another client of the same proxy is not refused for the first one's attempts.
    await login(t, user.email, TEST_PASSWORD, "198.51.100.2").expect(200);
  }, ARGON_LOOP);

  it("without TRUST_PROXY a rotating X-Forwarded-For is ignored: the proxy's own address is counted", async () => {
    const t = await app();
    const user = await createUser(t.db);
    for (let i = 0; i < 10; i += 1) await login(t, user.email, WRONG, `198.51.100.${i + 1}`).expect(401);
    const res = await login(t, user.email, TEST_PASSWORD, "198.51.100.99").expect(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
  }, ARGON_LOOP);

  it("30 attempts on one account from rotating addresses meet a 429 (per-account limit of 20 in 15 minutes)", async () => {
    const t = await app({ TRUST_PROXY: "true" });
    const user = await createUser(t.db);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await login(t, user.email, WRONG, `203.0.113.${i + 1}`)).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    // Even the right password from a fresh address waits until the window ends.
    await login(t, user.email, TEST_PASSWORD, "203.0.113.200").expect(429);
    // Another account is not affected.
    const other = await createUser(t.db);
    await login(t, other.email, TEST_PASSWORD, "203.0.113.201").expect(200);
  }, ARGON_LOOP);
});

describe("what the limiter counts and keeps", () => {
  it("successful sign-ins do not count: 11 in a row from one address (over the limit of 10) all succeed", async () => {
    const t = await app();
    const user = await createUser(t.db);
    for (let i = 0; i < 11; i += 1) await login(t, user.email, TEST_PASSWORD).expect(200);
    const counts = async () => (await t.db.rateLimitBucket.findMany({ orderBy: { key: "asc" } })).map((b) => `${b.key.split(":")[1]} ${b.count}`);
    expect(await counts()).toEqual(["email 0", "ip-email 0", "ip 0"]);
    // A failure still counts in every window.
    await login(t, user.email, WRONG).expect(401);
    expect(await counts()).toEqual(["email 1", "ip-email 1", "ip 1"]);
  }, ARGON_LOOP);

  it("a window's row is deleted once it has ended, so refused attempts from many addresses do not pile up", async () => {
    const t = await app();
    const start = new Date("2026-03-02T10:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
    for (let i = 0; i < 200; i += 1) {
      await consumeRateLimits(t.db, [{ key: `login:ip:10.0.${Math.floor(i / 250)}.${i % 250}`, limit: 50, windowMs: 15 * MINUTE }], at(i / 100));
    }
    expect(await t.db.rateLimitBucket.count()).toBe(200);
    // 17 minutes after the first (15 after the last) every one of those windows has ended: the next new window clears them.
    await consumeRateLimits(t.db, [{ key: "login:ip:192.0.2.1", limit: 50, windowMs: 15 * MINUTE }], at(17));
    expect((await t.db.rateLimitBucket.findMany()).map((b) => b.key)).toEqual(["login:ip:192.0.2.1"]);
  });

  it("a window still open keeps counting after older ones are deleted", async () => {
    const t = await app();
    const start = new Date("2026-03-02T10:00:00Z");
    const limit = { key: "login:email:a@example.pl", limit: 2, windowMs: 15 * MINUTE };
    expect((await consumeRateLimits(t.db, [limit], start)).wait).toBe(0);
    await consumeRateLimits(t.db, [{ ...limit, key: "other", windowMs: MINUTE }], start);
    await consumeRateLimits(t.db, [{ ...limit, key: "third" }], new Date(start.getTime() + 2 * MINUTE));
    expect((await consumeRateLimits(t.db, [limit], new Date(start.getTime() + 3 * MINUTE))).wait).toBe(0);
    // The third request in the window is over the limit of 2: wait until 15 minutes after its start.
    expect((await consumeRateLimits(t.db, [limit], new Date(start.getTime() + 5 * MINUTE))).wait).toBe(10 * 60);
  });
});
