import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { MIGRATION_LEDGER, migratePostgresql } from "@server/lib/migrate.ts";
import { createTestDatabase, dropDatabase, postgresqlTestServer, testDatabaseProvider } from "@tests/support/test-databases.ts";

// PostgreSQL's migrations are applied by our runner (server/lib/migrate.ts): these run with TEST_DB=postgresql.
const databases: string[] = [];
afterAll(async () => { for (const name of databases) await dropDatabase(name); });

async function emptyDatabase(): Promise<string> {
  const { name, url } = await createTestDatabase();
  databases.push(name);
  return url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Everything a migration defines, in a stable order: tables and columns, indexes, constraints, enums. */
async function schemaOf(url: string): Promise<Record<string, unknown[]>> {
  return {
    columns: await query(url, `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
        character_maximum_length, numeric_precision, numeric_scale, datetime_precision
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '${MIGRATION_LEDGER}'
      ORDER BY table_name, column_name`),
    indexes: await query(url, `SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '${MIGRATION_LEDGER}' ORDER BY tablename, indexname`),
    constraints: await query(url, `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '${MIGRATION_LEDGER}'
      ORDER BY 1, 2`),
    enums: await query(url, `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`),
  };
}

describe.skipIf(testDatabaseProvider() !== "postgresql")("PostgreSQL migrations", () => {
  test("the migrated database's schema equals the one built from prisma/postgresql/schema.prisma (no drift)", async () => {
    const migrated = await emptyDatabase();
    expect(await migratePostgresql(migrated)).toEqual(["Applied migration 0001_init"]);

    const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
    const fromSchema = execFileSync(process.execPath, [cli, "migrate", "diff", "--config", "prisma/postgresql/prisma.config.ts",
      "--from-empty", "--to-schema-datamodel", "prisma/postgresql/schema.prisma", "--script"], {
      env: { ...process.env, DATABASE_URL: postgresqlTestServer(), PRISMA_HIDE_UPDATE_MESSAGE: "1" }, encoding: "utf8",
    });
    const built = await emptyDatabase();
    await query(built, fromSchema);

    const [a, b] = [await schemaOf(migrated), await schemaOf(built)];
    expect(a.columns!.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
  }, 120_000);

  test("instances starting together migrate once: the others wait for the advisory lock and find nothing to do", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([1, 2, 3, 4].map(() => migratePostgresql(url)));
    expect(results.flat().sort()).toEqual(["Applied migration 0001_init", ...Array<string>(3).fill("No pending migrations.")]);
    expect(await query(url, `SELECT name FROM ${MIGRATION_LEDGER}`)).toEqual([{ name: "0001_init" }]);
    expect(await migratePostgresql(url)).toEqual(["No pending migrations."]);
  });

  test("a failing migration leaves neither its changes nor its ledger row; the ones before it stay", async () => {
    const url = await emptyDatabase();
    const migrations = [
      { name: "0001_a", sql: `CREATE TABLE "A" (id int PRIMARY KEY);`, checksum: "a" },
      { name: "0002_b", sql: `CREATE TABLE "B" (id int PRIMARY KEY); INSERT INTO "B" VALUES (1), (1);`, checksum: "b" },
    ];
    await expect(migratePostgresql(url, migrations)).rejects.toThrow(/0002_b failed and was rolled back: duplicate key/);
    expect(await query(url, `SELECT name FROM ${MIGRATION_LEDGER}`)).toEqual([{ name: "0001_a" }]);
    expect(await query(url, `SELECT to_regclass('"B"') AS b, to_regclass('"A"')::text AS a`)).toEqual([{ b: null, a: '"A"' }]);
  });

  test("a database that does not exist yet is created, then migrated (a fresh install)", async () => {
    const name = `sp_fresh_${process.pid}_${Date.now().toString(36)}`;
    databases.push(name);
    expect(await migratePostgresql(postgresqlTestServer(name))).toEqual(["Applied migration 0001_init"]);
  });
});
