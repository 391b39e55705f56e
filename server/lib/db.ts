import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;
/** What a repository receives: the client itself or the client inside a transaction. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(databaseUrl: string): Db {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
}

/** Bumps the version of a catalogue inside the caller's transaction (see DataVersion in the schema). */
export async function bumpDataVersion(tx: DbTx, key: string): Promise<void> {
  await tx.dataVersion.upsert({
    where: { key },
    create: { key, version: 1 },
    update: { version: { increment: 1 } },
  });
}

export async function readDataVersion(db: DbTx, key: string): Promise<number> {
  const row = await db.dataVersion.findUnique({ where: { key } });
  return row?.version ?? 0;
}
