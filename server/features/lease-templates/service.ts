import type { LeaseTemplate, LeaseTemplateCreate, LeaseTemplateList } from "@shared/contracts/lease-templates.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { fieldConflict, onUniqueViolation } from "@server/lib/conflicts.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { EXAMPLE_LEASE_TEMPLATE } from "./example.ts";
import { clausesColumn, toLeaseTemplate } from "./mapper.ts";
import { findTemplate, insertTemplate, latestTemplate, listTemplates } from "./repository.ts";

// Versions are only added: a lease cites the version it was generated from, so a version never changes.

export async function templateList(db: DbTx): Promise<LeaseTemplateList> {
  return { items: (await listTemplates(db)).map(toLeaseTemplate) };
}

/** One version, or 404. */
export async function templateOf(db: DbTx, version: number): Promise<LeaseTemplate> {
  const row = await findTemplate(db, version);
  if (!row) throw AppError.notFound(`Nie ma wersji ${version} wzoru umowy.`);
  return toLeaseTemplate(row);
}

/** A new version, numbered after the latest, in the audit trail. */
export async function addTemplateVersion(db: Db, actor: Actor, body: LeaseTemplateCreate): Promise<LeaseTemplate> {
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const version = ((await latestTemplate(tx))?.version ?? 0) + 1;
    const row = await insertTemplate(tx, { version, clauses: clausesColumn.write(body), isExample: false, createdBy: actor.email });
    const template = toLeaseTemplate(row);
    await recordAudit(tx, { actor, entity: "lease-template", entityId: String(version), action: "create", after: { version, clauses: template.clauses } });
    return template;
  }), () => fieldConflict("template-version-taken", "version", "templateVersion.taken"));
}

/**
 * The version a new lease cites: the latest. On a database that has none yet (a fresh install
 * before its seed, a test database) the example text becomes version 1, inside the caller's transaction.
 */
export async function currentTemplateVersion(tx: DbTx): Promise<number> {
  const latest = await latestTemplate(tx);
  if (latest) return latest.version;
  return (await insertTemplate(tx, { version: 1, clauses: clausesColumn.write(EXAMPLE_LEASE_TEMPLATE), isExample: true, createdBy: "seed" })).version;
}

/** Seeds the example template as version 1 when there is no version yet. */
export async function seedLeaseTemplate(db: Db): Promise<string[]> {
  return db.$transaction(async (tx) => {
    if (await latestTemplate(tx)) return [];
    await currentTemplateVersion(tx);
    return ["lease template (version 1, przykład)"];
  });
}
