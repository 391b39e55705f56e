import { z } from "zod";
import "@shared/i18n/accounts.ts";

/** The kinds of record whose changes are kept in the audit trail. */
export const AUDIT_ENTITIES = ["premises", "organisation", "user", "application", "lease", "investment", "rate-policy", "price-index", "lease-template"] as const;
export const AuditEntity = z.enum(AUDIT_ENTITIES, { message: "entity.invalid" });
export type AuditEntity = z.infer<typeof AuditEntity>;

export const AuditQuery = z.object({
  entity: AuditEntity,
  entityId: z.string({ message: "id.invalid" }).trim().min(1, "id.invalid").max(100, "id.invalid"),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type AuditChange = z.infer<typeof AuditChange>;

export const AuditEventView = z.object({
  id: z.string(),
  at: z.string(),
  /** Null for the system (seed, command line without a user). */
  actor: z.object({ id: z.string().nullable(), email: z.string().nullable(), role: z.string().nullable() }).nullable(),
  action: z.string(),
  changes: z.array(AuditChange),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

/** The history of one record, newest first. */
export const AuditHistory = z.object({ items: z.array(AuditEventView) }).meta({ id: "AuditHistory" });
export type AuditHistory = z.infer<typeof AuditHistory>;
