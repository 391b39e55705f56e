import pg from "pg";
import type { DatabaseProvider } from "@server/lib/db.ts";

// The PostgreSQL server the tests use (TEST_POSTGRESQL_URL) and, through the same primitives, the one
// the benchmarks use (tests/bench/postgresql.ts): a database's URL on a server, one admin connection,
// dropping a database, and the provider an environment variable names.

/** The provider `variable` names (TEST_DB, BENCH_DB): sqlite (the default) or postgresql. */
export function providerFromEnv(variable: string): DatabaseProvider {
  const value = process.env[variable] ?? "sqlite";
  if (value !== "sqlite" && value !== "postgresql") throw new Error(`${variable} must be sqlite or postgresql, not ${JSON.stringify(value)}`);
  return value;
}

/** The URL of `database` on the server that `serverUrl` names. */
export function databaseOn(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `run` on one connection to `url`, closed afterwards. */
export async function withPgClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Drops `name` on the server that `serverUrl` names, closing its connections. */
export async function dropDatabaseOn(serverUrl: string, name: string): Promise<void> {
  await withPgClient(databaseOn(serverUrl, "postgres"), (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
}

const TEST_SERVER = process.env.TEST_POSTGRESQL_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The database the tests run on: TEST_DB=postgresql, or SQLite (the default). */
export const testDatabaseProvider = (): DatabaseProvider => providerFromEnv("TEST_DB");

/** The URL of a database on the test PostgreSQL server (TEST_POSTGRESQL_URL names the server). */
export const postgresqlTestServer = (database = "postgres"): string => databaseOn(TEST_SERVER, database);

let created = 0;

/** A new database, copied from the migrated template (or empty without one); returns its URL. */
export async function createTestDatabase(template?: string): Promise<{ name: string; url: string }> {
  const name = `sp_test_${process.pid}_${Date.now().toString(36)}_${++created}`;
  await withPgClient(postgresqlTestServer(), (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`));
  return { name, url: postgresqlTestServer(name) };
}

export const dropDatabase = (name: string): Promise<void> => dropDatabaseOn(TEST_SERVER, name);
