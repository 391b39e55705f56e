import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import sharp from "sharp";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "@shared/domain/dates.ts";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { createApp } from "@server/app.ts";
import { databaseStorage, diskStorage, storageDriverFor, type FileStorage } from "@server/features/premises-register/files/storage.ts";
import { createDb, type Db } from "@server/lib/db.ts";
import { loadEnv } from "@server/lib/env.ts";
import { signIn, type SignedIn } from "@tests/support/auth.ts";
import { createUser, premisesInput } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Issue 11: uploaded files behind one storage interface with two drivers. With the database driver,
// every API instance on one database serves every file: here two apps, each with its own connection and
// its own DATA_DIR, share one database (on PostgreSQL too, when the test database is one).

let t: TestApp;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sp-storage-"));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  t = await createTestApp({ FILE_STORAGE: "database" });
});
afterAll(async () => {
  await t.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const read = async (stream: Readable | null) => {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe.each([
  ["disk", () => diskStorage(tempDir())],
  ["database", () => databaseStorage(t.db)],
] as const)("the %s driver", (driver, make: () => FileStorage) => {
  it("puts, sizes, streams and deletes bytes by key, and never overwrites a key", async () => {
    const storage = make();
    expect(storage.driver).toBe(driver);
    const key = `premises/p-${driver}/f1.pdf`;
    const bytes = Buffer.from("%PDF-1.4 zawartość\n\u0000\u00ff", "utf8");
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, bytes);
    expect(await storage.exists(key)).toBe(true);
    expect(await storage.size(key)).toBe(bytes.length);
    expect(await read(await storage.get(key))).toEqual(bytes);
    await expect(storage.put(key, Buffer.from("inne"))).rejects.toThrow();
    expect(await read(await storage.get(key))).toEqual(bytes);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await storage.delete(key); // nothing to delete: no error
  });
});

it("defaults to the database with PostgreSQL and to the disk with SQLite; FILE_STORAGE decides when set", () => {
  expect(storageDriverFor({ DATABASE_URL: "file:./data/app.db" })).toBe("disk");
  expect(storageDriverFor({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x" })).toBe("database");
  expect(storageDriverFor({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/x" })).toBe("database");
  expect(storageDriverFor({ DATABASE_URL: "postgresql://h/x", FILE_STORAGE: "disk" })).toBe("disk");
  expect(storageDriverFor({ DATABASE_URL: "file:x.db", FILE_STORAGE: "database" })).toBe("database");
  expect(() => loadEnv({ FILE_STORAGE: "s3" })).toThrow(/FILE_STORAGE/);
});

describe("two API instances on one database (FILE_STORAGE=database)", () => {
  let second: { app: ReturnType<typeof createApp>; db: Db };
  let officer: SignedIn;
  let premises: PremisesDetail;

  beforeAll(async () => {
    const db = createDb(t.databaseUrl);
    await db.$connect();
    const env = loadEnv({ NODE_ENV: "test", DATABASE_URL: t.databaseUrl, DATA_DIR: tempDir(), FILE_STORAGE: "database" });
    second = { db, app: createApp({ db, env, clock: systemClock, log: () => {} }) };
    officer = await signIn(t.app, await createUser(t.db, { role: "officer" }));
    premises = (await officer.call("post", "/api/premises").send(premisesInput({ inventoryCode: "INST/1" })).expect(201)).body as PremisesDetail;
  });
  afterAll(() => second.db.$disconnect());

  it("a photo uploaded through one is served by the other, with its hash as ETag and 304 on revalidation", async () => {
    const png = await sharp({ create: { width: 24, height: 16, channels: 3, background: "#0a5" } }).png().toBuffer();
    const up = await officer.call("post", `/api/premises/${premises.id}/files`).field("kind", "photo")
      .attach("file", png, { filename: "witryna.png", contentType: "image/png" }).expect(201);
    const first = await request(t.app).get(up.body.url).buffer(true).expect(200);
    const other = await request(second.app).get(up.body.url).buffer(true).expect(200);
    expect(other.body).toEqual(first.body);
    expect((other.body as Buffer).length).toBe(up.body.size);
    expect(other.headers).toMatchObject({
      "content-type": "image/png", etag: `"${up.body.sha256}"`, "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
    expect(other.headers["cache-control"]).toContain("immutable");
    await request(second.app).get(up.body.url).set("If-None-Match", `"${up.body.sha256}"`).expect(304);
    expect((await request(second.app).get(`/api/premises/${premises.id}/files`).expect(200)).body.items).toHaveLength(1);

    // Deleted through the second: gone for the first too.
    const staff = await signIn(second.app, await createUser(t.db, { role: "officer" }));
    await staff.call("delete", `/api/files/${up.body.id as string}`).expect(204);
    await request(t.app).get(up.body.url).expect(404);
    expect(await t.db.storedFile.count({ where: { key: { startsWith: `premises/${premises.id}/` } } })).toBe(0);
  });

  it("with the disk driver the other instance has no bytes of it (why the database is the default with several instances)", async () => {
    const env = loadEnv({ NODE_ENV: "test", DATABASE_URL: t.databaseUrl, DATA_DIR: tempDir(), FILE_STORAGE: "disk" });
    const diskA = createApp({ db: t.db, env, clock: systemClock, log: () => {} });
    const logged: string[] = [];
    const diskB = createApp({ db: second.db, env: { ...env, DATA_DIR: tempDir() }, clock: systemClock, log: (m) => logged.push(m) });
    const staff = await signIn(diskA, await createUser(t.db, { role: "officer" }));
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const up = await staff.call("post", `/api/premises/${premises.id}/files`).field("kind", "plan")
      .attach("file", pdf, { filename: "rzut.pdf", contentType: "application/pdf" }).expect(201);
    expect((await request(diskA).get(up.body.url).buffer(true).expect(200)).body).toEqual(pdf);
    await request(diskB).get(up.body.url).expect(404);
    expect(logged.join("\n")).toContain("missing from the disk storage");
  });
});
