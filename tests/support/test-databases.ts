import pg from "pg";
import type { DatabaseProvider } from "@server/lib/db.ts";

/** The database the tests run on: TEST_DB=postgresql, or SQLite (the default). */
export function testDatabaseProvider(): DatabaseProvider {
  const value = process.env.TEST_DB ?? "sqlite";
  if (value !== "sqlite" && value !== "postgresql") throw new Error(`TEST_DB must be sqlite or postgresql, not ${JSON.stringify(value)}`);
  return value;
}

/** The URL of a database on the test PostgreSQL server (TEST_POSTGRESQL_URL names the server). */
export function postgresqlTestServer(database = "postgres"): string {
  const url = new URL(process.env.TEST_POSTGRESQL_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresqlTestServer() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

let created = 0;

/** A new database, copied from the migrated template (or empty without one); returns its URL. */
export async function createTestDatabase(template?: string): Promise<{ name: string; url: string }> {
  const name = `sp_test_${process.pid}_${Date.now().toString(36)}_${++created}`;
  await admin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`));
  return { name, url: postgresqlTestServer(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
}
