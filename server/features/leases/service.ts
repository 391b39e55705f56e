import type { Lease, LeaseCreate, LeaseListQuery, LeasePage, LeaseScheduleView, RecordedLease } from "@shared/contracts/leases.ts";
import { LEASE_DEFAULTS } from "@shared/contracts/leases.ts";
import { hundredthsToString } from "@shared/contracts/common.ts";
import { cityYearOf, todayIn, type Clock } from "@shared/domain/dates.ts";
import { endDateAfterMonths, leaseSchedule, LeaseScheduleError } from "@shared/domain/lease-schedule.ts";
import { toMinor } from "@shared/domain/money.ts";
import { deposit as depositOf, monthlyRent } from "@shared/domain/rent.ts";
import { approvedForLease, releaseReservation } from "@server/features/applications/index.ts";
import { priceIndexTable } from "@server/features/price-indices/index.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize, can } from "@server/lib/authorization.ts";
import { fieldConflict, onUniqueViolation } from "@server/lib/conflicts.ts";
import { bumpDataVersion, type Db, type DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { pageOf } from "@server/lib/paging.ts";
import { leaseNumber, leasePartiesColumn, partiesOf, snapshot, toLease } from "./mapper.ts";
import {
  findLease, findOrganisation, findPremises, insertLease, listLeases, moveLease, movePremises, nextSeq, signedLeasesOf,
  type LeaseData, type LeaseRow,
} from "./repository.ts";

// The premises catalogue's cache key (see DataVersion): bumped when a lease changes a premises' status.
const PREMISES_KEY = "premises";

const notFound = () => AppError.notFound("Nie ma umowy o takim identyfikatorze.");
const unprocessable = (detail: string, code: string, field: string, key: string) => AppError.unprocessable(detail, code, [{ field, code: key }]);

/** A lease the actor may read: 404 for one that does not exist or belongs to another organisation. */
export async function readableLease(db: DbTx, actor: Actor | null, id: string): Promise<LeaseRow> {
  const row = await findLease(db, id);
  if (!row) {
    authorize(actor, "lease:list");
    throw notFound();
  }
  authorize(actor, "lease:read", row.organisationId);
  return row;
}

export async function listForActor(db: Db, actor: Actor | null, query: LeaseListQuery): Promise<LeasePage> {
  authorize(actor, "lease:list");
  const scope = can(actor, "lease:list-all") ? null : actor.organisationIds;
  return pageOf(query, await listLeases(db, query, scope), toLease);
}

/** The terms of a new draft, from an approved application or as recorded from paper. */
async function draftTerms(tx: DbTx, body: LeaseCreate): Promise<LeaseData> {
  if ("applicationId" in body) {
    const approved = await approvedForLease(tx, body.applicationId);
    if (!approved) {
      throw unprocessable("Umowę można zawrzeć tylko na podstawie zatwierdzonego wniosku.", "application-not-approved", "applicationId", "lease.notApproved");
    }
    const org = await findOrganisation(tx, approved.organisationId);
    const premises = await findPremises(tx, approved.premisesId);
    if (!org || !premises) throw notFound();
    return termsOf({
      organisationId: org.id, premisesId: premises.id, applicationId: body.applicationId, parties: leasePartiesColumn.write(partiesOf(org, premises)),
      startDate: approved.startDate, endDate: endDateAfterMonths(approved.startDate, approved.months),
      rateGrosze: approved.rateGrosze, areaDm2: approved.areaDm2, vatRate: approved.vatRate,
      holidayDays: approved.beforeStartDays + approved.renovationDays, permittedUse: approved.intendedUse,
    }, {});
  }
  const org = await findOrganisation(tx, body.organisationId);
  if (!org) throw unprocessable("Nie ma takiej organizacji.", "organisation-not-found", "organisationId", "organisation.notFound");
  const premises = await findPremises(tx, body.premisesId);
  if (!premises) throw unprocessable("Nie ma takiego lokalu.", "premises-not-found", "premisesId", "premises.notFound");
  return termsOf({
    organisationId: org.id, premisesId: premises.id, applicationId: null, parties: leasePartiesColumn.write(partiesOf(org, premises)),
    startDate: body.startDate,
    endDate: body.months !== undefined ? endDateAfterMonths(body.startDate, body.months) : (body.endDate ?? null),
    rateGrosze: body.rate, areaDm2: premises.usableAreaDm2, vatRate: body.vatRate ?? LEASE_DEFAULTS.vatRate,
    holidayDays: body.holidayDays, permittedUse: body.permittedUse ?? premises.uses.map((u) => u.use).join(", "),
  }, body);
}

type CoreTerms = Pick<LeaseData, "organisationId" | "premisesId" | "applicationId" | "parties" | "startDate" | "endDate" | "rateGrosze" | "areaDm2" | "vatRate" | "holidayDays" | "permittedUse">;

/**
 * The rest with their defaults (the rate policy defines none of these yet: VAT 23%, deposit 3 ×
 * the monthly gross, payment by the 10th, offset share 50%, remainder refunded). Deposit = multiple ×
 * the gross of a full month at the starting rate (DOMAIN.md).
 */
function termsOf(core: CoreTerms, body: Partial<RecordedLease>): LeaseData {
  const depositMultiple = body.depositMultiple ?? LEASE_DEFAULTS.depositMultiple;
  const gross = monthlyRent({ rate: hundredthsToString(core.rateGrosze), area: hundredthsToString(core.areaDm2), vatRate: core.vatRate }).gross;
  return {
    ...core, depositMultiple, depositGrosze: toMinor(depositOf(gross, depositMultiple)),
    paymentDay: body.paymentDay ?? LEASE_DEFAULTS.paymentDay, offsetShare: body.offsetShare ?? LEASE_DEFAULTS.offsetShare,
    remainderAtEnd: body.remainderAtEnd ?? LEASE_DEFAULTS.remainderAtEnd,
  };
}

/** A draft lease with the next readable number of the Kraków year, in the audit trail. */
export async function createLease(db: Db, clock: Clock, actor: Actor | null, body: LeaseCreate): Promise<Lease> {
  authorize(actor, "lease:create");
  const year = cityYearOf(clock.now());
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const data = await draftTerms(tx, body);
    const row = await insertLease(tx, year, await nextSeq(tx, year), data);
    const lease = toLease(row);
    await recordAudit(tx, { actor, entity: "lease", entityId: row.id, action: "create", after: { ...snapshot(lease), parties: lease.parties } });
    return lease;
  }), () => fieldConflict("lease-exists", "applicationId", "lease.exists"));
}

const effectiveEnd = (l: { endDate: string | null; terminatedOn: string | null }): string | null => l.terminatedOn ?? l.endDate;
const overlaps = (a: { startDate: string; end: string | null }, b: { startDate: string; end: string | null }) =>
  (a.end === null || b.startDate <= a.end) && (b.end === null || a.startDate <= b.end);

/**
 * draft → signed, and the premises becomes leased, in one transaction.
 *
 * Two signed leases never overlap on one premises, even under a race, because of the order here:
 * the first write is the premises' conditional update (available, or reserved for this lease's
 * application → leased). It takes the write lock (SQLite: the database's; PostgreSQL: the premises
 * row's, and a waiting update re-checks its WHERE after the other commits), so two signings of the
 * same premises are serialized, and the second finds it leased and gets 409. The check of overlapping
 * signed leases runs after that write, under the same lock, so it sees every lease signed before; it
 * catches what the status alone cannot (a premises made available again by hand while an earlier
 * lease still runs). Any refusal rolls the whole transaction back: nothing is half-written.
 */
export async function signLease(db: Db, actor: Actor | null, id: string, signedOn: string): Promise<Lease> {
  authorize(actor, "lease:sign");
  return db.$transaction(async (tx) => {
    const before = await findLease(tx, id);
    if (!before) throw notFound();
    if (before.status !== "draft") throw fieldConflict("lease-not-draft", "status", "lease.notDraft");
    const holds = before.applicationId ? (await approvedForLease(tx, before.applicationId))?.holdsPremises ?? false : false;
    if (!(await movePremises(tx, before.premisesId, holds ? ["available", "reserved"] : ["available"], "leased"))) {
      throw fieldConflict("premises-not-available", "premisesId", "premises.notAvailable");
    }
    const mine = { startDate: before.startDate, end: before.endDate };
    const clash = (await signedLeasesOf(tx, before.premisesId, id)).find((other) => overlaps(mine, { startDate: other.startDate, end: effectiveEnd(other) }));
    if (clash) {
      throw new AppError(409, "lease-overlap", "Konflikt", `Lokal ma już podpisaną umowę ${leaseNumber(clash)} na ten okres.`, [{ field: "premisesId", code: "premises.overlap" }]);
    }
    if (!(await moveLease(tx, id, "draft", { status: "signed", signedOn }))) throw fieldConflict("lease-not-draft", "status", "lease.notDraft");
    if (before.applicationId) await releaseReservation(tx, before.applicationId);
    const after = toLease((await findLease(tx, id))!);
    await recordAudit(tx, { actor, entity: "lease", entityId: id, action: "sign", before: snapshot(toLease(before)), after: snapshot(after) });
    await recordAudit(tx, { actor, entity: "premises", entityId: before.premisesId, action: "lease", after: { status: "leased", leaseId: id } });
    await bumpDataVersion(tx, PREMISES_KEY);
    return after;
  });
}

/** signed → terminated on `date` (not before the start, not after the end); the premises is available again. */
export async function terminateLease(db: Db, actor: Actor | null, id: string, date: string, reason: string): Promise<Lease> {
  authorize(actor, "lease:terminate");
  return db.$transaction(async (tx) => {
    const before = await findLease(tx, id);
    if (!before) throw notFound();
    if (before.status !== "signed") throw fieldConflict("lease-not-signed", "status", "lease.notSigned");
    if (date < before.startDate) throw unprocessable("Umowy nie można rozwiązać z datą sprzed jej początku.", "termination-before-start", "date", "date.beforeStart");
    if (before.endDate !== null && date > before.endDate) throw unprocessable("Umowa kończy się wcześniej niż podana data rozwiązania.", "termination-after-end", "date", "date.afterEnd");
    if (!(await moveLease(tx, id, "signed", { status: "terminated", terminatedOn: date, terminationReason: reason }))) {
      throw fieldConflict("lease-not-signed", "status", "lease.notSigned");
    }
    const released = await movePremises(tx, before.premisesId, ["leased"], "available");
    const after = toLease((await findLease(tx, id))!);
    await recordAudit(tx, { actor, entity: "lease", entityId: id, action: "terminate", before: snapshot(toLease(before)), after: snapshot(after) });
    if (released) {
      await recordAudit(tx, { actor, entity: "premises", entityId: before.premisesId, action: "lease-end", before: { status: "leased" }, after: { status: "available", leaseId: id } });
      await bumpDataVersion(tx, PREMISES_KEY);
    }
    return after;
  });
}

/** The payment schedule by DOMAIN.md's conventions (shared/domain/lease-schedule.ts); no investments yet. */
export async function scheduleOf(db: Db, clock: Clock, actor: Actor | null, id: string): Promise<LeaseScheduleView> {
  const row = await readableLease(db, actor, id);
  try {
    const schedule = leaseSchedule({
      startDate: row.startDate, endDate: row.endDate, today: todayIn(clock), terminatedOn: row.terminatedOn,
      rate: hundredthsToString(row.rateGrosze), area: hundredthsToString(row.areaDm2), vatRate: row.vatRate,
      holidays: { beforeStartDays: row.holidayDays, renovationDays: 0 },
      priceIndices: await priceIndexTable(db), depositMultiple: String(row.depositMultiple),
    });
    return { rows: schedule.rows, totals: schedule.totals, deposit: hundredthsToString(row.depositGrosze), investments: [] };
  } catch (error) {
    if (error instanceof LeaseScheduleError) throw AppError.unprocessable(`Nie można wyliczyć harmonogramu: ${error.message}`, "schedule-invalid");
    throw error;
  }
}
