import type { DbTx } from "@server/lib/db.ts";

/** The newest `limit` events of one record's history. */
export function historyOf(db: DbTx, entity: string, entityId: string, limit: number) {
  return db.auditEvent.findMany({ where: { entity, entityId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit });
}
