import type { PremisesDetail } from "@shared/contracts/premises.ts";
import type { PremisesWrite } from "@shared/contracts/premises-register.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { recordAudit } from "@server/lib/audit.ts";
import { bumpDataVersion, type Db, type DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { onUniqueViolation, staleConflict, fieldConflict } from "@server/lib/conflicts.ts";
import { findPremises, PREMISES_VERSION_KEY, toDetail } from "@server/features/premises/index.ts";
import { createPremisesRow, replacePremisesRow, setWithdrawn } from "./repository.ts";

/**
 * The officers' changes to the register. Each runs in one transaction with its audit event and the
 * catalogue version bump, so the public map's ETag changes exactly when the data does.
 */

const TX = { timeout: 30_000 };

export const duplicateCodeError = () => fieldConflict("duplicate-inventory-code", "inventoryCode", "inventoryCode.exists");
const staleError = () => staleConflict("updatedAt", "premises.changed");
/** A premises an import updates was saved by someone else after the import read it. */
export const changedMeanwhile = () => staleConflict("inventoryCode", "premises.changedDuringImport");

async function mustFind(tx: DbTx, id: string): Promise<PremisesDetail> {
  const row = await findPremises(tx, id);
  if (!row) throw AppError.notFound("Nie ma lokalu o takim identyfikatorze.");
  return toDetail(row);
}

export function createPremises(db: Db, actor: Actor, input: PremisesWrite): Promise<PremisesDetail> {
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const after = toDetail(await createPremisesRow(tx, input));
    await recordAudit(tx, { actor, entity: "premises", entityId: after.id, action: "create", after });
    await bumpDataVersion(tx, PREMISES_VERSION_KEY);
    return after;
  }, TX), duplicateCodeError);
}

/** Full replace. `ifMatch` is the updatedAt the officer's form was loaded with: a stale form gets 412. */
export function updatePremises(db: Db, actor: Actor, id: string, input: PremisesWrite, ifMatch?: string): Promise<PremisesDetail> {
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const before = await mustFind(tx, id);
    const expected = ifMatch === undefined ? undefined : new Date(before.updatedAt);
    if (ifMatch !== undefined && ifMatch !== before.updatedAt) throw staleError();
    if (!(await replacePremisesRow(tx, id, input, expected))) throw staleError();
    const after = await mustFind(tx, id);
    await recordAudit(tx, { actor, entity: "premises", entityId: id, action: "update", before, after });
    await bumpDataVersion(tx, PREMISES_VERSION_KEY);
    return after;
  }, TX), duplicateCodeError);
}

export function withdrawPremises(db: Db, actor: Actor, id: string, reason: string): Promise<PremisesDetail> {
  return db.$transaction(async (tx) => {
    const before = await mustFind(tx, id);
    if (before.status === "withdrawn") throw fieldConflict("already-withdrawn", "status", "premises.alreadyWithdrawn");
    const after = toDetail(await setWithdrawn(tx, id));
    await recordAudit(tx, { actor, entity: "premises", entityId: id, action: "withdraw", before, after: { ...after, withdrawalReason: reason } });
    await bumpDataVersion(tx, PREMISES_VERSION_KEY);
    return after;
  }, TX);
}
