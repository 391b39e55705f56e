import { randomUUID } from "node:crypto";
import type { PremisesFilter, PremisesInput, PremisesListQuery } from "@shared/contracts/premises.ts";
import { analyzeAfterBulkLoad, bumpDataVersion, readDataVersion, type Db, type DbTx } from "@server/lib/db.ts";
import { pageWindow } from "@server/lib/paging.ts";
import { Prisma } from "@server/generated/prisma/client.ts";
import { featureSelect, premisesData, summarySelect } from "./mapper.ts";
import { premisesWhere } from "./filter.ts";

export const PREMISES_VERSION_KEY = "premises";

/** The list's orders, for Prisma here and for the hand-written list (list-repository.ts). */
export const SORT_COLUMNS: Record<PremisesListQuery["sort"], [keyof Prisma.PremisesOrderByWithRelationInput, "asc" | "desc"][]> = {
  "code": [["inventoryCode", "asc"]],
  "area": [["usableAreaDm2", "asc"], ["inventoryCode", "asc"]],
  "-area": [["usableAreaDm2", "desc"], ["inventoryCode", "asc"]],
  "rent": [["baseRateGrosze", "asc"], ["inventoryCode", "asc"]],
  "-rent": [["baseRateGrosze", "desc"], ["inventoryCode", "asc"]],
  "district": [["district", "asc"], ["inventoryCode", "asc"]],
  "available-from": [["availableFrom", "asc"], ["inventoryCode", "asc"]],
};
const ORDER = Object.fromEntries(Object.entries(SORT_COLUMNS).map(([sort, columns]) => [
  sort, columns.map(([column, direction]): Prisma.PremisesOrderByWithRelationInput => ({ [column]: direction })),
])) as Record<PremisesListQuery["sort"], Prisma.PremisesOrderByWithRelationInput[]>;

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

/** Up to `take` available premises with what a quote needs, by inventory code: the rate policy preview's sample. */
export function quotableSample(db: DbTx, take: number) {
  return db.premises.findMany({
    where: { status: "available" },
    select: {
      id: true, inventoryCode: true, street: true, buildingNo: true, unitNo: true, district: true,
      baseRateGrosze: true, usableAreaDm2: true, condition: true, socialPool: true,
    },
    orderBy: { inventoryCode: "asc" },
    take,
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

/**
 * Many premises inside the caller's transaction, in chunks; the caller bumps the data version.
 * One multi-row INSERT per chunk through Prisma's portable raw SQL (Prisma.sql, Prisma.join): about
 * four times faster than createMany (10,000 rows: 7.3 s against 31 s on a loaded 2-core machine), with
 * the same values (premisesData, and createdAt/updatedAt set to now as Prisma sets them). 200 rows a
 * statement (8,600 parameters): 30,000 rows took the process 200 MB above its start instead of 310 MB
 * with 600 rows, for about a tenth more time.
 */
export async function insertPremisesRows(tx: DbTx, records: PremisesInput[], chunkSize = 200): Promise<void> {
  const now = new Date();
  for (let i = 0; i < records.length; i += chunkSize) {
    const { rows, columns, uses } = newPremisesRows(records.slice(i, i + chunkSize));
    const names = Prisma.join(["id", ...columns, "createdAt", "updatedAt"].map((name) => Prisma.raw(`"${name}"`)));
    const values = rows.map(({ id, data }) => Prisma.sql`(${Prisma.join([id, ...columns.map((c) => data[c] ?? null), now, now])})`);
    await tx.$executeRaw`INSERT INTO "Premises" (${names}) VALUES ${Prisma.join(values)}`;
    if (uses.length) await tx.$executeRaw`INSERT INTO "PremisesUse" ("premisesId", "use") VALUES ${Prisma.join(uses.map(({ premisesId, use }) => Prisma.sql`(${premisesId}, ${use})`))}`;
  }
}

type PremisesColumns = ReturnType<typeof premisesData>;

/**
 * What inserting `records` writes, before any dialect: each a new id and its columns (premisesData),
 * the column names in that order, and each premises' distinct uses. The bulk inserts of every
 * dialect (here and the register's import) build their statements from it.
 */
export function newPremisesRows(records: PremisesInput[]) {
  const rows = records.map((record) => ({ id: randomUUID(), data: premisesData(record) }));
  const columns = (rows[0] ? Object.keys(rows[0].data) : []) as (keyof PremisesColumns)[];
  const uses = records.flatMap((record, i) => [...new Set(record.allowedUses)].map((use) => ({ premisesId: rows[i]!.id, use })));
  return { rows, columns, uses };
}

/**
 * Fresh planner statistics after a bulk load (VACUUM (ANALYZE) on PostgreSQL, ANALYZE on SQLite): without them SQLite picks the (status, baseRateGrosze)
 * index for "maxRent=40" (most rows match) and sorts every row of a bbox before taking 20.
 */
export async function afterBulkLoad(db: Db, rows: number): Promise<void> {
  if (rows >= ANALYZE_AFTER_ROWS) await analyzeAfterBulkLoad(db);
}

/** Inserts many premises in one transaction (seed, benchmark); all or nothing. */
export async function insertPremises(db: Db, records: PremisesInput[]): Promise<void> {
  await db.$transaction(async (tx) => {
    await insertPremisesRows(tx, records);
    await bumpDataVersion(tx, PREMISES_VERSION_KEY);
  }, { timeout: 600_000 });
  await afterBulkLoad(db, records.length);
}
