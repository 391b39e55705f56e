import {
  requestedStartNotPast,
  type ApplicationDetail, type ApplicationInput, type ApplicationListQuery, type ApplicationPage, type ApplicationStatus, type ApplicationUpdate,
} from "@shared/contracts/applications.ts";
import { todayIn, type Clock } from "@shared/domain/dates.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize, can } from "@server/lib/authorization.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { pageInfo } from "@server/lib/paging.ts";
import { addressOf, toDetail, toSummary } from "./mapper.ts";
import { notify } from "./notifications.ts";
import {
  activeApplicationOf, applicationById, findApplication, findOrganisation, findPremises, insertApplication, listApplications, moveStatus,
  submittedCounts, updateDraft, type ApplicationRow, type PremisesRow,
} from "./repository.ts";

const notFound = () => AppError.notFound("Nie ma wniosku o takim identyfikatorze.");

/** The application as the actor may see it: another organisation's, or a draft to staff, is not found. */
export async function readableApplication(db: DbTx, actor: Actor | null, id: string): Promise<ApplicationRow> {
  const row = await findApplication(db, id);
  if (!row) {
    authorize(actor, "application:list");
    throw notFound();
  }
  authorize(actor, "application:read", row.organisationId);
  if (row.status === "draft" && !actor.organisationIds.includes(row.organisationId)) throw notFound();
  return row;
}

// The row carries its premises and organisation; the database parameter stays for the callers.
export function detailOf(_db: DbTx, row: ApplicationRow): ApplicationDetail {
  return toDetail(row);
}

/** A lease cannot be asked for from a day before today in Kraków, by the app's clock. */
function refusePastStart(requestedStart: string, clock: Clock): void {
  if (!requestedStartNotPast(requestedStart, todayIn(clock))) {
    throw AppError.validation([{ field: "requestedStart", code: "requestedStart.past" }]);
  }
}

/** A verified organisation, an available premises, a use it allows, no second open application. */
async function checkCanApply(
  tx: DbTx, organisationId: string, input: Pick<ApplicationUpdate, "premisesId" | "intendedUse">, except?: string,
): Promise<PremisesRow> {
  const organisation = await findOrganisation(tx, organisationId);
  if (!organisation) throw AppError.notFound("Nie ma organizacji o takim identyfikatorze.");
  if (organisation.status !== "verified") {
    throw AppError.unprocessable("Wniosek może złożyć tylko organizacja zweryfikowana przez urząd.", "organisation-not-verified");
  }
  const premises = await findPremises(tx, input.premisesId);
  if (!premises) throw AppError.unprocessable("Nie ma takiego lokalu.", "premises-not-found", [{ field: "premisesId", code: "premisesId.invalid" }]);
  if (premises.status !== "available") {
    throw AppError.unprocessable("Ten lokal nie jest dostępny do najmu.", "premises-not-available", [{ field: "premisesId", code: "premises.notAvailable" }]);
  }
  if (!premises.uses.some((u) => u.use === input.intendedUse)) {
    throw AppError.unprocessable("Lokal nie jest przeznaczony na taką działalność.", "use-not-allowed", [{ field: "intendedUse", code: "intendedUse.notAllowed" }]);
  }
  if (await activeApplicationOf(tx, organisationId, input.premisesId, except)) {
    throw AppError.conflict("Organizacja ma już otwarty wniosek o ten lokal.", "application-exists");
  }
  return premises;
}

export async function createApplication(db: Db, actor: Actor | null, input: ApplicationInput, clock: Clock): Promise<ApplicationDetail> {
  authorize(actor, "application:create", input.organisationId);
  refusePastStart(input.requestedStart, clock);
  return db.$transaction(async (tx) => {
    await checkCanApply(tx, input.organisationId, input);
    const id = await insertApplication(tx, input.organisationId, actor.userId, input, clock.now());
    const detail = toDetail(await applicationById(tx, id));
    await recordAudit(tx, { actor, entity: "application", entityId: id, action: "create", after: snapshot(detail) });
    return detail;
  });
}

export async function changeDraft(db: Db, actor: Actor | null, id: string, input: ApplicationUpdate, clock: Clock): Promise<ApplicationDetail> {
  return db.$transaction(async (tx) => {
    const row = await ownApplication(tx, actor, id);
    if (row.status !== "draft") throw notDraft();
    refusePastStart(input.requestedStart, clock);
    await checkCanApply(tx, row.organisationId, input, id);
    const before = toDetail(row);
    if (!(await updateDraft(tx, id, input))) throw notDraft();
    const after = toDetail(await applicationById(tx, id));
    await recordAudit(tx, { actor, entity: "application", entityId: id, action: "update", before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

const notDraft = () => AppError.conflict("Wniosek został już złożony; zmieniać można tylko wersję roboczą.", "not-draft");

async function ownApplication(tx: DbTx, actor: Actor | null, id: string): Promise<ApplicationRow> {
  const row = await findApplication(tx, id);
  if (!row) {
    authorize(actor, "application:update");
    throw notFound();
  }
  authorize(actor, "application:update", row.organisationId);
  return row;
}

export async function submitApplication(db: Db, actor: Actor | null, id: string, clock: Clock): Promise<ApplicationDetail> {
  return transition(db, actor, id, clock, "submit", ["draft"], "submitted", async (tx, row) => {
    await checkCanApply(tx, row.organisationId, row, id);
  });
}

export async function withdrawApplication(db: Db, actor: Actor | null, id: string, clock: Clock): Promise<ApplicationDetail> {
  return transition(db, actor, id, clock, "withdraw", ["draft", "submitted"], "withdrawn");
}

async function transition(
  db: Db, actor: Actor | null, id: string, clock: Clock, action: "submit" | "withdraw",
  from: ApplicationStatus[], to: "submitted" | "withdrawn", precondition?: (tx: DbTx, row: ApplicationRow) => Promise<void>,
): Promise<ApplicationDetail> {
  return db.$transaction(async (tx) => {
    const row = await ownApplication(tx, actor, id);
    if (!from.includes(row.status)) {
      throw AppError.conflict(`Nie można ${action === "submit" ? "złożyć" : "wycofać"} wniosku o statusie „${row.status}”.`, "wrong-status");
    }
    await precondition?.(tx, row);
    const now = clock.now();
    const moved = await moveStatus(tx, id, from, to === "submitted" ? { status: to, submittedAt: now } : { status: to, withdrawnAt: now });
    if (!moved) throw AppError.conflict("Status wniosku właśnie się zmienił. Odśwież stronę.", "wrong-status");
    await notify(tx, { kind: to }, { ...row, premisesAddress: addressOf(row.premises) });
    await recordAudit(tx, { actor, entity: "application", entityId: id, action, before: { status: row.status }, after: { status: to } });
    return toDetail(await applicationById(tx, id));
  });
}

export async function listForActor(db: Db, actor: Actor | null, query: ApplicationListQuery, clock: Clock): Promise<ApplicationPage> {
  authorize(actor, "application:list");
  const scope = { organisationIds: can(actor, "application:review") ? null : actor.organisationIds };
  const now = clock.now();
  const { total, rows } = await listApplications(db, query, scope, now);
  const counts = await submittedCounts(db, rows.map((r) => r.premisesId));
  const items = rows.map((row) => {
    const detail = toDetail(row);
    const submitted = counts.get(row.premisesId) ?? 0;
    return toSummary(detail, Math.max(0, submitted - (row.status === "submitted" ? 1 : 0)), now);
  });
  return { items, page: pageInfo(query, total) };
}

/** What the audit trail keeps of an application: its content, not the joined views. */
export function snapshot(d: ApplicationDetail) {
  return {
    status: d.status, premisesId: d.premises.id, intendedUse: d.intendedUse, activity: d.activity, socialPurpose: d.socialPurpose,
    employees: d.employees, employeesAtRisk: d.employeesAtRisk, requestedStart: d.requestedStart, requestedMonths: d.requestedMonths,
    tenantWillRenovate: d.tenantWillRenovate, fitOut: d.fitOut, accessibilityNeeds: d.accessibilityNeeds,
  };
}
