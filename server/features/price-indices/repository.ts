import type { DbTx } from "@server/lib/db.ts";

export function listPriceIndices(db: DbTx) {
  return db.priceIndex.findMany({ orderBy: { year: "asc" } });
}

export function findPriceIndex(db: DbTx, year: number) {
  return db.priceIndex.findUnique({ where: { year } });
}

export function createPriceIndex(db: DbTx, year: number, cpiTenths: number) {
  return db.priceIndex.create({ data: { year, cpiTenths } });
}

export function updatePriceIndex(db: DbTx, year: number, cpiTenths: number) {
  return db.priceIndex.update({ where: { year }, data: { cpiTenths } });
}

/**
 * The leases that may have been indexed by the CPI of `year`: signed once (signed, ended, terminated)
 * and started before the next year, with what says when they end. Read here, not through the leases
 * feature, which itself reads this table.
 */
export function leasesIndexableBy(db: DbTx, year: number) {
  return db.lease.findMany({
    where: { status: { in: ["signed", "ended", "terminated"] }, startDate: { lt: `${year + 1}-01-01` } },
    select: {
      year: true, seq: true, startDate: true, endDate: true, terminatedOn: true,
      annexes: { select: { endDate: true }, where: { endDate: { not: null } }, orderBy: { number: "desc" }, take: 1 },
    },
    orderBy: [{ year: "asc" }, { seq: "asc" }],
  });
}
