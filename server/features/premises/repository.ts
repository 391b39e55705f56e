import { randomUUID } from "node:crypto";
import type { PremisesFilter, PremisesInput, PremisesListQuery } from "@shared/contracts/premises.ts";
import { bumpDataVersion, readDataVersion, type Db, type DbTx } from "@server/lib/db.ts";
import { pageWindow } from "@server/lib/paging.ts";
import type { Prisma } from "@server/generated/prisma/client.ts";
import { featureSelect, premisesData, summarySelect } from "./mapper.ts";
import { premisesWhere } from "./filter.ts";

export const PREMISES_VERSION_KEY = "premises";

const ORDER: Record<PremisesListQuery["sort"], Prisma.PremisesOrderByWithRelationInput[]> = {
  "code": [{ inventoryCode: "asc" }],
  "area": [{ usableAreaDm2: "asc" }, { inventoryCode: "asc" }],
  "-area": [{ usableAreaDm2: "desc" }, { inventoryCode: "asc" }],
  "rent": [{ baseRateGrosze: "asc" }, { inventoryCode: "asc" }],
  "-rent": [{ baseRateGrosze: "desc" }, { inventoryCode: "asc" }],
  "district": [{ district: "asc" }, { inventoryCode: "asc" }],
  "available-from": [{ availableFrom: "asc" }, { inventoryCode: "asc" }],
};

export async function listPremises(db: Db, query: PremisesListQuery) {
  const where = premisesWhere(query);
  const [total, rows] = await db.$transaction([
    db.premises.count({ where }),
    db.premises.findMany({
      where,
      select: summarySelect,
      orderBy: ORDER[query.sort],
      ...pageWindow(query),
    }),
  ]);
  return { total, rows };
}

export function findPremises(db: DbTx, id: string) {
  return db.premises.findUnique({ where: { id }, include: { uses: { select: { use: true } } } });
}

/** What the quote needs of a premises: its rent, area, condition and pool. */
export function findQuotable(db: DbTx, id: string) {
  return db.premises.findUnique({
    where: { id },
    select: { id: true, baseRateGrosze: true, usableAreaDm2: true, condition: true, socialPool: true },
  });
}

export async function premisesExists(db: DbTx, id: string): Promise<boolean> {
  return (await db.premises.findUnique({ where: { id }, select: { id: true } })) !== null;
}

export function premisesFeatures(db: DbTx, filter: PremisesFilter) {
  return db.premises.findMany({ where: premisesWhere(filter), select: featureSelect, orderBy: { inventoryCode: "asc" } });
}

export function premisesVersion(db: DbTx): Promise<number> {
  return readDataVersion(db, PREMISES_VERSION_KEY);
}

export function countPremises(db: DbTx): Promise<number> {
  return db.premises.count();
}

const ANALYZE_AFTER_ROWS = 1000;

/** Many premises inside the caller's transaction, in chunks; the caller bumps the data version. */
export async function insertPremisesRows(tx: DbTx, records: PremisesInput[], chunkSize = 2000): Promise<void> {
  for (let i = 0; i < records.length; i += chunkSize) {
    const chunk = records.slice(i, i + chunkSize).map((record) => ({ id: randomUUID(), record }));
    await tx.premises.createMany({ data: chunk.map(({ id, record }) => ({ id, ...premisesData(record) })) });
    await tx.premisesUse.createMany({
      data: chunk.flatMap(({ id, record }) => [...new Set(record.allowedUses)].map((use) => ({ premisesId: id, use }))),
    });
  }
}

/**
 * Fresh planner statistics after a bulk load: without them SQLite picks the (status, baseRateGrosze)
 * index for "maxRent=40" (most rows match) and sorts every row of a bbox before taking 20.
 */
export async function afterBulkLoad(db: Db, rows: number): Promise<void> {
  if (rows >= ANALYZE_AFTER_ROWS) await db.$executeRaw`ANALYZE`;
}

/** Inserts many premises in one transaction (seed, benchmark); all or nothing. */
export async function insertPremises(db: Db, records: PremisesInput[]): Promise<void> {
  await db.$transaction(async (tx) => {
    await insertPremisesRows(tx, records);
    await bumpDataVersion(tx, PREMISES_VERSION_KEY);
  }, { timeout: 600_000 });
  await afterBulkLoad(db, records.length);
}
