/**
 * The benchmarks' database (BENCH_DB=sqlite|postgresql) and PostgreSQL server: BENCH_POSTGRESQL_URL, by
 * default the local server every machine of this project runs (user postgres, trust). Each benchmark
 * makes databases of its own on it and drops them afterwards. The primitives are the tests' own.
 */
import type pg from "pg";
import type { DatabaseProvider } from "@server/lib/db.ts";
import { databaseOn, dropDatabaseOn, providerFromEnv, withPgClient } from "@tests/support/test-databases.ts";

const SERVER = process.env.BENCH_POSTGRESQL_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export const benchDb = (): DatabaseProvider => providerFromEnv("BENCH_DB");

/** The URL of `database` on the benchmark's server. */
export const postgresqlUrl = (database: string): string => databaseOn(SERVER, database);

/** Runs `run` on one connection to `database` (by default the server's maintenance database). */
export const pgAdmin = <T>(run: (client: pg.Client) => Promise<T>, database = "postgres"): Promise<T> => withPgClient(postgresqlUrl(database), run);

export const dropDatabase = (name: string): Promise<void> => dropDatabaseOn(SERVER, name);
