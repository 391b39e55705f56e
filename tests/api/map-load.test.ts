import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAP_CACHE_BYTES } from "@server/features/premises/map-cache.ts";
import { createPremises } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await createPremises(t.db, ...Array.from({ length: 30 }, () => ({})));
});
afterAll(() => t.close());

const health = async () => (await request(t.app).get("/api/health").expect(200)).body;

describe("the map's answer cache in the health report", () => {
  it("counts the answers it holds and their bytes, under its cap, beside the existing fields", async () => {
    const before = await health();
    expect(before).toMatchObject({ status: "ok", database: "ok", premises: expect.any(Number) });
    expect(before.mapCache).toEqual({ entries: 0, bytes: 0, maxBytes: MAP_CACHE_BYTES, queriesRunning: 0, queriesQueued: 0 });

    const all = await request(t.app).get("/api/premises.geojson").expect(200);
    await request(t.app).get("/api/premises.geojson?socialPool=true").expect(200);
    await request(t.app).get("/api/premises.geojson").expect(200); // the same query again: a hit, no new entry
    const { mapCache } = await health();
    expect(mapCache.entries).toBe(2);
    // Thirty premises: the full map is a few kilobytes, and both answers together weigh more than it alone.
    const allBytes = Buffer.byteLength(JSON.stringify(all.body));
    expect(mapCache.bytes).toBeGreaterThan(allBytes);
    expect(mapCache.bytes).toBeLessThan(3 * allBytes);
  });

  it("drops the answers of older data when the register changes", async () => {
    await createPremises(t.db, {});
    await request(t.app).get("/api/premises.geojson").expect(200);
    expect((await health()).mapCache).toMatchObject({ entries: 1 });
  });
});

describe("many distinct map queries at once", () => {
  it("each is answered, or refused with 503 and Retry-After; none fails otherwise, and the queue empties", async () => {
    const server = t.app.listen(0);
    try {
      const queries = Array.from({ length: 40 }, (_, i) => `/api/premises.geojson?minArea=${i}.00&status=available,reserved,leased`);
      const answers = await Promise.all(queries.map((url) => request(server).get(url)));
      for (const res of answers) {
        expect([200, 503]).toContain(res.status);
        if (res.status === 503) {
          expect(res.headers["retry-after"]).toMatch(/^\d+$/);
          expect(res.body).toMatchObject({ status: 503 });
        }
      }
      expect((await health()).mapCache).toMatchObject({ queriesRunning: 0, queriesQueued: 0 });
    } finally {
      server.close();
    }
  });
});
