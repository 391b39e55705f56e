import { AuditHistory, AuditQuery, type AuditEventView } from "@shared/contracts/audit.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { historyOf } from "./repository.ts";

// A history longer than this is cut to its newest events.
const MAX_EVENTS = 500;

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** The audit trail is read here and nowhere else; no route changes it. */
export function auditRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();

  api.route({
    method: "get", path: "/audit", tags: ["audit"], authorize: "audit:read",
    summary: "The history of one record: who changed what and when, newest first (staff only, read-only)",
    query: AuditQuery,
    responses: { 200: { description: "The history", schema: AuditHistory } },
  }, async ({ query }, _req, res) => {
    const rows = await historyOf(ctx.db, query.entity, query.entityId, MAX_EVENTS);
    res.set("Cache-Control", "no-store");
    return {
      items: rows.map((row): AuditEventView => ({
        id: row.id,
        at: row.at.toISOString(),
        actor: row.actorId || row.actorEmail ? { id: row.actorId, email: row.actorEmail, role: row.actorRole } : null,
        action: row.action,
        changes: Object.entries((parse(row.changes) ?? {}) as Record<string, [unknown, unknown]>)
          // A field absent on one side and null on the other is no change worth showing.
          .filter(([, [before, after]]) => JSON.stringify(before) !== JSON.stringify(after))
          .map(([field, [before, after]]) => ({ field, before, after })),
      })),
    } satisfies AuditHistory;
  });

  return api;
}
