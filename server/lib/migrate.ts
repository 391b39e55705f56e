import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseProvider } from "./db.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const POSTGRESQL_MIGRATIONS = path.join(root, "prisma/postgresql/migrations");
/** The ledger of the PostgreSQL migrations applied, one row each (ours: Prisma's migrate is not used there). */
export const MIGRATION_LEDGER = "_schema_migrations";
/** Any fixed number: the key of the advisory lock held while one process migrates. */
const MIGRATION_LOCK_KEY = 1_165_820_011;

/** Makes sure the directory of a SQLite file URL exists (file:./data/app.db -> ./data). */
export function ensureSqliteDir(databaseUrl: string): void {
  const file = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  if (file && file !== ":memory:") mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });
}

/**
 * Applies pending migrations before the server listens. SQLite: Prisma's own `migrate deploy`.
 * PostgreSQL: Prisma's migrate through the pg driver adapter fails (prisma/prisma#27403, "Column
 * type 'name' could not be deserialized"), so migratePostgresql() applies prisma/postgresql/migrations.
 */
export async function migrateDatabase(databaseUrl: string): Promise<string> {
  if (databaseProvider(databaseUrl) === "postgresql") return (await migratePostgresql(databaseUrl)).join("\n");
  ensureSqliteDir(databaseUrl);
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const output = execFileSync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  useWriteAheadLog(databaseUrl);
  return output;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** The folders of prisma/postgresql/migrations in name order, each with its migration.sql. */
export function postgresqlMigrations(folder = POSTGRESQL_MIGRATIONS): Migration[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Connects to the database of the URL, creating it first when it does not exist yet (a fresh install). */
async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, options: "-c TimeZone=UTC" });
  try {
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // invalid_catalog_name: no such database
  }
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // duplicate_database: another instance made it
  } finally {
    await admin.end();
  }
  const created = new pg.Client({ connectionString: databaseUrl, options: "-c TimeZone=UTC" });
  await created.connect();
  return created;
}

/**
 * Applies the PostgreSQL migrations not yet in the ledger, in name order, each in a transaction of
 * its own together with its ledger row (a failing migration leaves nothing behind). A session advisory
 * lock is held throughout, so instances starting together migrate once: the others wait, then find
 * everything applied. Returns one line per migration applied. A migration whose file changed after it
 * was applied is reported, not applied again (the baseline is regenerated until the first release).
 */
export async function migratePostgresql(databaseUrl: string, migrations = postgresqlMigrations()): Promise<string[]> {
  const client = await connect(databaseUrl);
  const lines: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATION_LEDGER} (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Map((await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${MIGRATION_LEDGER}`)).rows
      .map((r) => [r.name, r.checksum]));
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) lines.push(`Migration ${migration.name} changed after it was applied; not applied again.`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${MIGRATION_LEDGER} (name, checksum) VALUES ($1, $2)`, [migration.name, migration.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`PostgreSQL migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
      }
      lines.push(`Applied migration ${migration.name}`);
    }
    if (lines.length === 0) lines.push("No pending migrations.");
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return lines;
}

/**
 * Write-ahead logging, kept in the file once set: readers never wait for a writer (an import's
 * transaction in its worker thread does not stop /api/health or the catalogue), and a commit costs
 * one sync of the log instead of creating, syncing and deleting a rollback journal. With
 * better-sqlite3 that wait and those syncs happen on the event loop.
 */
function useWriteAheadLog(databaseUrl: string): void {
  const file = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  if (!file || file === ":memory:") return;
  const db = new Database(path.resolve(root, file));
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
