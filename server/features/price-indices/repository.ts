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
