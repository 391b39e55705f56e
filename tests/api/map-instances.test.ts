import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "@shared/domain/dates.ts";
import { createApp } from "@server/app.ts";
import { SharedRead } from "@server/features/premises/map-cache.ts";
import { createDb, type Db } from "@server/lib/db.ts";
import { loadEnv } from "@server/lib/env.ts";
import { signIn, type SignedIn } from "@tests/support/auth.ts";
import { createPremises, createUser, premisesInput } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Issue 11: the public map's answers are cached per process and revalidated (304) before the session
// and the routers run, with the data version read from the database. Two API instances on one
// database: a write through one is served fresh by the other at once.

let t: TestApp;
let other: { app: ReturnType<typeof createApp>; db: Db };
let officer: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  await createPremises(t.db, { inventoryCode: "MAP/1" }, { inventoryCode: "MAP/2" });
  const db = createDb(t.databaseUrl);
  await db.$connect();
  other = { db, app: createApp({ db, env: loadEnv({ NODE_ENV: "test", DATABASE_URL: t.databaseUrl, DATA_DIR: "unused" }), clock: systemClock, log: () => {} }) };
  officer = await signIn(t.app, await createUser(t.db, { role: "officer" }));
});
afterAll(async () => {
  await other.db.$disconnect();
  await t.close();
});

const codes = (body: { features: { properties: { code: string } }[] }) => body.features.map((f) => f.properties.code);

describe("two instances on one database", () => {
  it("a premises added through one is on the other's map and list at once, though both had the map cached and revalidated", async () => {
    for (const path of ["/api/premises.geojson", "/api/premises.geojson?district=stare-miasto"]) {
      const a = await request(t.app).get(path).expect(200);
      const b = await request(other.app).get(path).expect(200);
      expect(b.headers.etag).toBe(a.headers.etag);
      // Both instances now answer a revalidation early (304), from their remembered query.
      await request(t.app).get(path).set("If-None-Match", String(a.headers.etag)).expect(304);
      await request(other.app).get(path).set("If-None-Match", String(a.headers.etag)).expect(304);
    }
    const before = await request(other.app).get("/api/premises.geojson").expect(200);

    await officer.call("post", "/api/premises").send(premisesInput({ inventoryCode: "MAP/3", district: "stare-miasto" })).expect(201);

    const after = await request(other.app).get("/api/premises.geojson").set("If-None-Match", String(before.headers.etag)).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(codes(after.body)).toContain("MAP/3");
    const filtered = await request(other.app).get("/api/premises.geojson?district=stare-miasto").set("If-None-Match", String(before.headers.etag)).expect(200);
    expect(codes(filtered.body)).toContain("MAP/3");
    const list = await request(other.app).get("/api/premises?sort=code").expect(200);
    expect(list.body.items.map((i: { inventoryCode: string }) => i.inventoryCode)).toContain("MAP/3");
    await request(other.app).get("/api/premises.geojson").set("If-None-Match", String(after.headers.etag)).expect(304);
  });

  it("the early 304 carries the headers the route's 304 carries (a signed-in caller goes through the route)", async () => {
    const first = await request(t.app).get("/api/premises.geojson?status=available").expect(200);
    const early = await request(t.app).get("/api/premises.geojson?status=available").set("If-None-Match", String(first.headers.etag)).expect(304);
    const routed = await officer.call("get", "/api/premises.geojson?status=available").set("If-None-Match", String(first.headers.etag)).expect(304);
    const pick = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([k]) => !["date", "connection", "keep-alive"].includes(k)));
    expect(pick(early.headers as Record<string, string>)).toEqual(pick(routed.headers as Record<string, string>));
    expect(early.headers).toMatchObject({ etag: first.headers.etag, "cache-control": "public, max-age=0, must-revalidate", vary: "Accept-Encoding" });
  });

  it("a stale or unknown ETag, or a query never answered, is not answered early", async () => {
    await request(t.app).get("/api/premises.geojson?status=reserved").set("If-None-Match", 'W/"p0-xyz"').expect(200);
    await request(t.app).get("/api/premises.geojson?district=atlantyda").set("If-None-Match", 'W/"p1-xyz"').expect(400);
  });
});

describe("SharedRead", () => {
  it("gives every caller a read that began after it asked, one read for all who asked during the previous one", async () => {
    let reads = 0;
    let value = 0;
    const pending: (() => void)[] = [];
    const shared = new SharedRead(() => {
      reads++;
      const seen = value;
      return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
    });
    const first = shared.get();
    value = 1; // committed after the first read began: the next callers must see it
    const second = shared.get();
    const third = shared.get();
    expect(reads).toBe(1);
    pending.shift()!();
    expect(await first).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(reads).toBe(2);
    pending.shift()!();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
    expect(reads).toBe(2);
  });

  it("a failed read fails its callers only; the next read runs", async () => {
    let fail = true;
    const shared = new SharedRead(() => (fail ? Promise.reject(new Error("busy")) : Promise.resolve(7)));
    await expect(shared.get()).rejects.toThrow("busy");
    fail = false;
    expect(await shared.get()).toBe(7);
  });
});
