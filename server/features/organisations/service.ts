import {
  type OrganisationInput, organisationRuleErrors, type OrganisationDetail, type OrganisationPatch,
} from "@shared/contracts/organisations.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { recordAudit } from "@server/lib/audit.ts";
import { type DatabaseProvider, type Db, type DbTx, providerOf } from "@server/lib/db.ts";
import { fieldConflict, onUniqueViolation } from "@server/lib/conflicts.ts";
import { AppError } from "@server/lib/errors.ts";
import { auditSnapshot, toDetail, toInput, type OrganisationRow } from "./mapper.ts";
import {
  findOrganisation, findVerifiedHolder, insertOrganisation, lockNipClaimants, representsNip, setOrganisationStatus,
  unverifiedClaimants, updateOrganisation,
} from "./repository.ts";

/** What an officer checks when verifying: an applicant's change to any of it asks for a new check. */
const VERIFIED_FIELDS = [
  "name", "legalForm", "krs", "nip", "regon", "street", "postalCode", "city",
  "socialEnterprise", "socialEnterpriseSince", "publicBenefit", "reintegrationType", "economicActivity", "declaredAid",
] as const satisfies readonly (keyof OrganisationInput)[];

// The declared aid is a list: the same entries in another order are no change.
const verifiedData = (o: OrganisationInput) => JSON.stringify(VERIFIED_FIELDS.map((f) => f === "declaredAid"
  ? o.declaredAid.map((a) => JSON.stringify([a.grantedOn, a.amountEur, a.grantor])).sort()
  : o[f] ?? null));

const nipTaken = () => fieldConflict("nip-taken", "nip", "nip.taken");

/**
 * A NIP is held by the one organisation verified with it; until then several may claim it (a pending
 * registration with somebody else's NIP must not block the real organisation), and the officer sees
 * the conflict. The same person claiming one NIP twice is refused too.
 */
async function assertNipClaimable(tx: DbTx, actor: Actor, nip: string, exceptId?: string): Promise<void> {
  const holder = await findVerifiedHolder(tx, nip);
  if (holder && holder.id !== exceptId) throw nipTaken();
  if (await representsNip(tx, actor.userId, nip, exceptId)) throw fieldConflict("nip-taken", "nip", "nip.alreadyYours");
}

async function mustFind(tx: DbTx, id: string): Promise<OrganisationRow> {
  const row = await findOrganisation(tx, id);
  if (!row) throw AppError.notFound("Nie ma organizacji o takim identyfikatorze.");
  return row;
}

/**
 * Runs a change in one transaction and answers with the record as it is after it; a unique
 * constraint that refuses the write (Prisma P2002) becomes the given conflict.
 */
async function change(db: Db, work: (tx: DbTx) => Promise<string>, conflict = nipTaken): Promise<OrganisationDetail> {
  return onUniqueViolation(() => db.$transaction(async (tx) => toDetail(await mustFind(tx, await work(tx)))), conflict);
}

/** An applicant registers the organisation it represents; it waits for an officer's verification. */
export function createOrganisation(db: Db, actor: Actor, input: OrganisationInput): Promise<OrganisationDetail> {
  return change(db, async (tx) => {
    await assertNipClaimable(tx, actor, input.nip);
    const id = await insertOrganisation(tx, input, "pending_verification", actor.userId);
    await recordAudit(tx, { actor, entity: "organisation", entityId: id, action: "create", after: auditSnapshot(await mustFind(tx, id)) });
    return id;
  });
}

/**
 * Changes some fields. An applicant's change sends a returned organisation back for verification,
 * and so does a change to verified data; an officer's change keeps the status.
 */
export function changeOrganisation(db: Db, actor: Actor, id: string, patch: OrganisationPatch): Promise<OrganisationDetail> {
  return change(db, async (tx) => {
    const before = await mustFind(tx, id);
    const current = toInput(before);
    const merged: OrganisationInput = { ...current, ...definedOnly(patch) };
    const ruleErrors = organisationRuleErrors(merged);
    if (ruleErrors.length) throw AppError.validation(ruleErrors.map((e) => ({ field: e.path, code: e.message })));
    const verifiedDataChanged = verifiedData(merged) !== verifiedData(current);
    const resubmit = actor.role === "applicant"
      && (before.status === "returned" || (before.status === "verified" && verifiedDataChanged));
    if (merged.nip !== current.nip) await assertNipClaimable(tx, actor, merged.nip, id);
    // A verified organisation keeps holding its NIP (an officer's correction moves the hold with it).
    const stillVerified = before.status === "verified" && !resubmit;
    await updateOrganisation(tx, id, merged, resubmit
      ? { status: "pending_verification", returnReason: null, verifiedAt: null, verifiedById: null, verifiedNip: null }
      : { verifiedNip: stillVerified ? merged.nip : null });
    await recordAudit(tx, {
      actor, entity: "organisation", entityId: id, action: resubmit ? "resubmit" : "update",
      before: auditSnapshot(before), after: auditSnapshot(await mustFind(tx, id)),
    });
    return id;
  });
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const wrongStatus = (detail: string) => AppError.conflict(detail, "organisation-status");

export function verifyOrganisation(db: Db, actor: Actor, id: string): Promise<OrganisationDetail> {
  return change(db, async (tx) => {
    const before = await lockedClaimant(tx, providerOf(db), id);
    if (before.status !== "pending_verification") {
      throw wrongStatus("Zweryfikować można tylko organizację oczekującą na weryfikację.");
    }
    if (await findVerifiedHolder(tx, before.nip)) throw nipTaken();
    // The unique verifiedNip refuses a second verified holder even when two officers verify at once.
    await setOrganisationStatus(tx, id, {
      status: "verified", returnReason: null, verifiedAt: new Date(), verifiedById: actor.userId, verifiedNip: before.nip,
    });
    await recordAudit(tx, {
      actor, entity: "organisation", entityId: id, action: "verify",
      before: auditSnapshot(before), after: auditSnapshot(await mustFind(tx, id)),
    });
    await returnOtherClaimants(tx, actor, before);
    return id;
  });
}

/**
 * The organisation read after its NIP's claimants are locked (lockNipClaimants): a second officer
 * verifying another claimant at the same moment waits here for the first to commit, then reads what
 * it left (this one returned: a 409), instead of deadlocking PostgreSQL halfway through (a 500).
 * Under READ COMMITTED the read after the lock is the committed state; a NIP changed meanwhile is locked too.
 */
async function lockedClaimant(tx: DbTx, provider: DatabaseProvider, id: string): Promise<OrganisationRow> {
  let row = await mustFind(tx, id);
  for (const locked = new Set<string>(); !locked.has(row.nip); row = await mustFind(tx, id)) {
    locked.add(row.nip);
    await lockNipClaimants(tx, provider, row.nip);
  }
  return row;
}

/** Verifying one claimant of a NIP settles the conflict: the others go back to their applicants. */
async function returnOtherClaimants(tx: DbTx, actor: Actor, verified: OrganisationRow): Promise<void> {
  const reason = `Numer NIP ${verified.nip} został potwierdzony dla innej organizacji (${verified.name}). `
    + "Popraw NIP albo skontaktuj się z urzędem, jeśli to pomyłka.";
  for (const { id } of await unverifiedClaimants(tx, verified.nip, verified.id)) {
    const before = await mustFind(tx, id);
    await setOrganisationStatus(tx, id, { status: "returned", returnReason: reason, verifiedAt: null, verifiedById: null, verifiedNip: null });
    await recordAudit(tx, {
      actor, entity: "organisation", entityId: id, action: "return",
      before: auditSnapshot(before), after: auditSnapshot(await mustFind(tx, id)),
    });
  }
}

export function returnOrganisation(db: Db, actor: Actor, id: string, reason: string): Promise<OrganisationDetail> {
  return change(db, async (tx) => {
    const before = await mustFind(tx, id);
    if (before.status === "returned") throw wrongStatus("Ta organizacja została już zwrócona do poprawy.");
    await setOrganisationStatus(tx, id, { status: "returned", returnReason: reason, verifiedAt: null, verifiedById: null, verifiedNip: null });
    await recordAudit(tx, {
      actor, entity: "organisation", entityId: id, action: "return",
      before: auditSnapshot(before), after: auditSnapshot(await mustFind(tx, id)),
    });
    return id;
  });
}
