/**
 * The benchmarks' PostgreSQL server (BENCH_DB=postgresql): BENCH_POSTGRESQL_URL, by default the local
 * server every machine of this project runs (user postgres, trust). Each benchmark makes databases of
 * its own on it and drops them afterwards.
 */
import pg from "pg";

export type BenchDb = "sqlite" | "postgresql";

export function benchDb(): BenchDb {
  const value = process.env.BENCH_DB ?? "sqlite";
  if (value !== "sqlite" && value !== "postgresql") throw new Error(`BENCH_DB must be sqlite or postgresql, not ${value}`);
  return value;
}

const SERVER = process.env.BENCH_POSTGRESQL_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The URL of `database` on the benchmark's server. */
export function postgresqlUrl(database: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `run` on one connection to `database` (by default the server's maintenance database). */
export async function pgAdmin<T>(run: (client: pg.Client) => Promise<T>, database = "postgres"): Promise<T> {
  const client = new pg.Client({ connectionString: postgresqlUrl(database) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
}
