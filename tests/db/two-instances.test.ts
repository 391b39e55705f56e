import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionInfo } from "@shared/contracts/auth.ts";
import { systemClock } from "@shared/domain/dates.ts";
import { createApp } from "@server/app.ts";
import { createDb, type Db } from "@server/lib/db.ts";
import { loadEnv } from "@server/lib/env.ts";
import { daysFromToday, seedPolicy } from "@tests/support/applications.ts";
import { verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId, createUser, premisesInput, submittedApplication } from "@tests/support/factories.ts";
import { createTestDatabaseUrl, type TestApp } from "@tests/support/test-app.ts";
import { testDatabaseProvider } from "@tests/support/test-databases.ts";

// Two API instances on one PostgreSQL database, each with its own pool, caches and port (as two
// processes behind a reverse proxy): what one writes, the other serves fresh; twenty approvals of
// competing applications split across both have one winner and nineteen 409 problems.

interface Instance { t: TestApp; server: Server; base: string }

const instances: Instance[] = [];
/** What the instances logged as errors: shown when an answer is not the one expected. */
const errors: string[] = [];
let drop: () => Promise<void>;
let dir: string;

async function instance(databaseUrl: string): Promise<Instance> {
  const env = loadEnv({ NODE_ENV: "test", DATABASE_URL: databaseUrl, DATA_DIR: dir });
  const db: Db = createDb(databaseUrl, { poolSize: 12 });
  const app = createApp({ db, env, clock: systemClock, log: (message, error) => errors.push(`${message} ${String(error)}`) });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { t: { app, db, databaseUrl, dir, close: () => db.$disconnect() }, server, base };
}

/** Signs in through one instance; the session (kept in the database) is then good on both. */
async function officerSession(a: Instance): Promise<{ cookie: string; csrf: string }> {
  const user = await createUser(a.t.db, { role: "officer" });
  const res = await request(a.base).post("/api/auth/login").send({ email: user.email, password: user.password }).expect(200);
  return { cookie: res.headers["set-cookie"]![0]!.split(";")[0]!, csrf: (res.body as SessionInfo).csrfToken! };
}

describe.skipIf(testDatabaseProvider() !== "postgresql")("two instances on one PostgreSQL database", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sp-two-"));
    const made = await createTestDatabaseUrl(dir);
    drop = made.drop;
    instances.push(await instance(made.databaseUrl), await instance(made.databaseUrl));
  });
  afterAll(async () => {
    for (const { t, server } of instances) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    }
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a premises edited through one instance is served fresh by the other: detail, list and the cached map", async () => {
    const [a, b] = instances as [Instance, Instance];
    const id = await createPremisesId(a.t.db, { street: "ul. Szewska" });
    const officer = await officerSession(a);
    const map = async (etag?: string) => {
      const req = request(b.base).get("/api/premises.geojson?district=stare-miasto");
      return etag ? req.set("If-None-Match", etag) : req;
    };
    const before = await map();
    expect(before.status).toBe(200);
    const etag = before.headers.etag as string;
    expect((await map(etag)).status).toBe(304); // b has it cached

    const current = await request(a.base).get(`/api/premises/${id}`).expect(200);
    await request(a.base).put(`/api/premises/${id}`).set("Cookie", officer.cookie).set("X-CSRF-Token", officer.csrf)
      .send(premisesInput({ inventoryCode: current.body.inventoryCode, street: "ul. Grodzka", buildingNo: "7" })).expect(200);

    const detail = await request(b.base).get(`/api/premises/${id}`).expect(200);
    expect(detail.body.street).toBe("ul. Grodzka");
    const list = await request(b.base).get("/api/premises?pageSize=100").expect(200);
    expect(list.body.items.find((p: { id: string }) => p.id === id)?.street).toBe("ul. Grodzka");
    const after = await map(etag);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(JSON.stringify(after.body)).toContain(id);
  });

  it("20 approvals of competing applications, split across both instances: one 200, nineteen 409 premises-taken", async () => {
    const [a, b] = instances as [Instance, Instance];
    await seedPolicy(a.t);
    const premisesId = await createPremisesId(a.t.db);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) { // one at a time: a burst of sign-ins is refused (503) by the password queue
      ids.push(await submittedApplication(await verifiedApplicant(a.t, i % 2 ? { legalForm: "association" } : {}), premisesId));
    }
    const officers = await Promise.all([officerSession(a), officerSession(b)]);
    const terms = { startDate: daysFromToday(30), months: 12, eurRate: "4.2500" };

    const responses = await Promise.all(ids.map((id, i) => {
      const [at, officer] = i % 2 ? [b, officers[1]] : [a, officers[0]];
      return request(at.base).post(`/api/applications/${id}/approve`).set("Cookie", officer.cookie).set("X-CSRF-Token", officer.csrf).send(terms);
    }));

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200), [...responses.map((r) => `${r.status} ${r.text.slice(0, 160)}`), ...errors].join("\n")).toHaveLength(1);
    const losers = responses.filter((r) => r.status !== 200);
    expect(losers.map((r) => r.status), errors.join("\n")).toEqual(Array<number>(19).fill(409));
    for (const loser of losers) {
      expect(loser.type).toBe("application/problem+json");
      expect(loser.body.type, loser.text).toMatch(/premises-taken$/);
    }
    const premises = await b.t.db.premises.findUniqueOrThrow({ where: { id: premisesId }, select: { status: true } });
    expect(premises.status).toBe("reserved");
    const approved = await b.t.db.application.count({ where: { id: { in: ids }, status: "approved" } });
    const rejected = await b.t.db.application.count({ where: { id: { in: ids }, status: "rejected" } });
    expect([approved, rejected]).toEqual([1, 19]);
  }, 240_000);
});
