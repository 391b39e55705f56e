import type { AuditEntity } from "@shared/contracts/audit.ts";
import type { Actor } from "./auth/actor.ts";
import type { DbTx } from "./db.ts";

export type { AuditEntity };

export interface AuditEntry {
  actor: Actor | null;
  entity: AuditEntity;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Field-level differences of two plain records: { field: [before, after] }. */
export function diff(before: unknown, after: unknown): Record<string, [unknown, unknown]> {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changes[key] = [a[key] ?? null, b[key] ?? null];
  }
  return changes;
}

/** Records who changed what, before and after. Call it inside the transaction of the change. */
export async function recordAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actor?.userId ?? null,
      actorEmail: entry.actor?.email ?? null,
      actorRole: entry.actor?.role ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      changes: JSON.stringify(diff(entry.before, entry.after)),
    },
  });
}
