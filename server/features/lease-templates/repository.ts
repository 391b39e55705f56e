import type { DbTx } from "@server/lib/db.ts";

export function listTemplates(db: DbTx) {
  return db.leaseTemplate.findMany({ orderBy: { version: "desc" } });
}

export function findTemplate(db: DbTx, version: number) {
  return db.leaseTemplate.findUnique({ where: { version } });
}

export function latestTemplate(db: DbTx) {
  return db.leaseTemplate.findFirst({ orderBy: { version: "desc" } });
}

export type LeaseTemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;

export function insertTemplate(tx: DbTx, data: { version: number; clauses: string; isExample: boolean; createdBy: string }) {
  return tx.leaseTemplate.create({ data });
}
