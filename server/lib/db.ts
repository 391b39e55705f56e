import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@server/generated/prisma/client.ts";
import { PrismaClient as PostgresqlClient } from "@server/generated/prisma-pg/client.ts";

/**
 * The database client. Two clients are generated from one schema (prisma/schema.prisma and the
 * PostgreSQL schema derived from it, prisma/postgresql/): their model APIs are the same, generated
 * from the same models, so the type is the SQLite client's and the PostgreSQL client is used through
 * it. Where they differ ($transaction's isolation levels) callers keep to what both accept.
 */
export type Db = PrismaClient;
/** What a repository receives: the client itself or the client inside a transaction. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DatabaseProvider = "sqlite" | "postgresql";

/** The provider a DATABASE_URL names by its scheme (env.ts refuses any other URL before this). */
export function databaseProvider(databaseUrl: string): DatabaseProvider {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not ${JSON.stringify(databaseUrl.split(":")[0])}:`);
}

export interface DbOptions {
  /** PostgreSQL: connections in this process's pool (every instance and worker thread has its own). */
  poolSize?: number;
}

const providers = new WeakMap<object, DatabaseProvider>();

/** The provider behind a client made by createDb (the client itself, not a transaction's). */
export function providerOf(db: Db): DatabaseProvider {
  return providers.get(db) ?? "sqlite";
}

export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  const provider = databaseProvider(databaseUrl);
  let db: Db;
  if (provider === "postgresql") {
    // Every session in UTC: DateTime columns are `timestamp without time zone`, written by Prisma in
    // UTC; a default of CURRENT_TIMESTAMP is taken in the session's zone.
    const pg = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10, options: "-c TimeZone=UTC" });
    // A transaction may wait for a row another one holds (an approval for the premises, the case-number
    // counter): the time limit counts that wait, so it is longer than Prisma's 5 s; maxWait is for a
    // connection from the pool.
    db = new PostgresqlClient({ adapter: pg, transactionOptions: { maxWait: 10_000, timeout: 30_000 } }) as unknown as Db;
  } else {
    // Another API process may hold the write lock: wait for it rather than fail with SQLITE_BUSY.
    const sqlite = new PrismaBetterSQLite3({ url: databaseUrl, timeout: 10_000 });
    db = new PrismaClient({ adapter: { provider: sqlite.provider, adapterName: sqlite.adapterName, connect: async () => isolated(await sqlite.connect()) } });
  }
  providers.set(db, provider);
  return db;
}

/**
 * After a bulk load: fresh planner statistics, or PostgreSQL scans a 100,000-row table for a count
 * the index answers (211 ms instead of 27 ms measured here). PostgreSQL: VACUUM (ANALYZE), which also
 * sets the visibility map for index-only scans; it cannot run inside a transaction. SQLite: ANALYZE.
 */
export async function analyzeAfterBulkLoad(db: Db): Promise<void> {
  if (providerOf(db) === "postgresql") await db.$executeRawUnsafe("VACUUM (ANALYZE)");
  else await db.$executeRawUnsafe("ANALYZE");
}

/** A first-come, first-served lock: `lock()` resolves, in order, with the function that releases it. */
class Mutex {
  #last: Promise<void> = Promise.resolve();

  lock(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const previous = this.#last;
    this.#last = previous.then(() => held);
    return previous.then(() => release);
  }
}

/**
 * The SQLite adapter runs every query of the process on one connection, and serializes transactions
 * among themselves only: a query outside a transaction (another request's) ran inside whichever
 * transaction was open at the time, read its uncommitted rows, and was rolled back with it, so an
 * answered write could vanish (tests/api/db-isolation.test.ts). Here a query outside a transaction
 * waits until the open transaction commits or rolls back, and a transaction waits for the queries
 * before it: one statement or one transaction at a time, in arrival order, which is how a single
 * SQLite connection works anyway. The queries of a transaction go straight to it.
 */
function isolated(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const mutex = new Mutex();
  const alone = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await mutex.lock();
    try {
      return await run();
    } finally {
      release();
    }
  };
  const transaction = (tx: Transaction, release: () => void): Transaction => {
    const end = (finish: () => Promise<void>) => async () => {
      try {
        await finish();
      } finally {
        release();
      }
    };
    return {
      provider: tx.provider, adapterName: tx.adapterName, options: tx.options,
      queryRaw: (query) => tx.queryRaw(query),
      executeRaw: (query) => tx.executeRaw(query),
      commit: end(() => tx.commit()),
      rollback: end(() => tx.rollback()),
    };
  };
  return {
    provider: adapter.provider, adapterName: adapter.adapterName,
    queryRaw: (query) => alone(() => adapter.queryRaw(query)),
    executeRaw: (query) => alone(() => adapter.executeRaw(query)),
    executeScript: (script) => alone(() => adapter.executeScript(script)),
    startTransaction: async (isolationLevel) => {
      const release = await mutex.lock();
      try {
        return transaction(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
    dispose: () => adapter.dispose(),
  };
}

/** Bumps the version of a catalogue inside the caller's transaction (see DataVersion in the schema). */
export async function bumpDataVersion(tx: DbTx, key: string): Promise<void> {
  await tx.dataVersion.upsert({
    where: { key },
    create: { key, version: 1 },
    update: { version: { increment: 1 } },
  });
}

/** Read on every revalidation of a cached response: raw SQL, because Prisma 6's query compiler
 *  compiles every model query anew (~0.25 ms per call); the same read raw is ~0.07 ms. Portable SQL. */
export async function readDataVersion(db: DbTx, key: string): Promise<number> {
  const rows = await db.$queryRaw<{ version: number | bigint }[]>`SELECT "version" FROM "DataVersion" WHERE "key" = ${key}`;
  return Number(rows[0]?.version ?? 0);
}
