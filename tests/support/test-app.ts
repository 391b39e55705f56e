import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { systemClock, type Clock } from "@shared/domain/dates.ts";
import { createApp } from "@server/app.ts";
import { createDb, type Db } from "@server/lib/db.ts";
import { loadEnv } from "@server/lib/env.ts";
import { createTestDatabase, dropDatabase, testDatabaseProvider } from "./test-databases.ts";

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  databaseUrl: string;
  /** The test's own temporary folder (DATA_DIR): a place for files the test writes. */
  dir: string;
  close: () => Promise<void>;
}

/** A fresh, migrated database of its own (copied from the template): SQLite file, or PostgreSQL with TEST_DB=postgresql. */
export async function createTestDatabaseUrl(dir: string): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  if (testDatabaseProvider() === "postgresql") {
    const { name, url } = await createTestDatabase(inject("templateDb"));
    return { databaseUrl: url, drop: () => dropDatabase(name) };
  }
  const file = path.join(dir, "test.db");
  copyFileSync(inject("templateDb"), file);
  return { databaseUrl: `file:${file}`, drop: () => Promise.resolve() };
}

/** A real app on a fresh, migrated database of its own. */
export async function createTestApp(envOverrides: Record<string, string> = {}, clock: Clock = systemClock): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), "sp-test-"));
  const { databaseUrl, drop } = await createTestDatabaseUrl(dir);
  const env = loadEnv({ NODE_ENV: "test", DATABASE_URL: databaseUrl, DATA_DIR: dir, ...envOverrides });
  const db = createDb(databaseUrl, { poolSize: env.DATABASE_POOL_SIZE });
  await db.$connect(); // fail here, not in the first test, when the copy cannot be opened
  const errors: unknown[] = [];
  const app = createApp({ db, env, clock, log: (message, error) => errors.push([message, error]) });
  return {
    app,
    db,
    databaseUrl,
    dir,
    close: async () => {
      await db.$disconnect();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
