import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@server/generated/prisma/client.ts";

export type Db = PrismaClient;
/** What a repository receives: the client itself or the client inside a transaction. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(databaseUrl: string): Db {
  // Another API process may hold the write lock: wait for it rather than fail with SQLITE_BUSY.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: 10_000 }) });
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
