import type { Server } from "node:http";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importRecords } from "@fixtures/import/make.ts";
import { CSV_BOM, csvHeaderLine, csvLine } from "@server/features/premises-register/csv/write.ts";
import { type SignedIn, signIn } from "@tests/support/auth.ts";
import { createUser } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// A large import once held every other request (health checks waited 42 s for 100,000 rows): the
// file is now read, checked and written in a worker thread. The benchmark (npm run bench:import)
// measures 100,000 rows; here 5,000 rows show the same thing in a few seconds.

let t: TestApp;
let server: Server;
let officer: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  server = t.app.listen(0);
  officer = await signIn(t.app, await createUser(t.db, { role: "officer" }));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** Asks /api/health one request at a time until `until` settles; the latencies in ms. */
async function probeHealth(until: Promise<unknown>): Promise<number[]> {
  let settled = false;
  void until.finally(() => { settled = true; });
  const times: number[] = [];
  while (!settled) {
    const started = performance.now();
    await request(server).get("/api/health").expect(200);
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return times;
}

describe("while a large spreadsheet is imported", () => {
  const body = Buffer.from(CSV_BOM + csvHeaderLine() + importRecords(5000, 11, "AVAIL").map(csvLine).join(""));

  it("the health check keeps answering during the dry run and the import", { timeout: 120_000 }, async () => {
    for (const dryRun of [true, false]) {
      const importing = officer.call("post", `/api/premises/import?dryRun=${dryRun}`).set("Content-Type", "text/csv").send(body).then((res) => res);
      const times = await probeHealth(importing);
      const res = await importing;
      expect(res.status).toBe(dryRun ? 200 : 201);
      expect(res.body).toMatchObject({ rows: 5000, valid: 5000, imported: dryRun ? 0 : 5000 });
      // Several answers while the file was being read, none of them held for long (generous for CI).
      expect(times.length).toBeGreaterThanOrEqual(3);
      expect(Math.max(...times)).toBeLessThan(1500);
    }
    expect(await t.db.premises.count({ where: { inventoryCode: { startsWith: "AVAIL/" } } })).toBe(5000);
  });
});
