import type {
  DepositSettlement, DepositSettlementCreate, Lease, LeaseAnnexCreate, LeaseAttention, LeaseCreate, LeaseFilter, LeaseListQuery, LeasePage, LeaseScheduleView, LeaseTerminate, RecordedLease,
} from "@shared/contracts/leases.ts";
import { ENDING_SOON_DAYS, LEASE_DEFAULTS } from "@shared/contracts/leases.ts";
import { hundredthsFromString, hundredthsToString } from "@shared/contracts/common.ts";
import { addDays, cityYearOf, todayIn, type CalendarDate, type Clock } from "@shared/domain/dates.ts";
import { endDateAfterMonths, leaseSchedule, sameDayMonthsLater, LeaseScheduleError, leaseTerm, type LeaseAnnexInput } from "@shared/domain/lease-schedule.ts";
import { minorNumber, toMinor } from "@shared/domain/money.ts";
import type { LeaseDefaults } from "@shared/domain/rate-policy.ts";
import { deposit as depositOf, monthlyRent } from "@shared/domain/rent.ts";
import { approvedForLease, releaseReservation } from "@server/features/applications/index.ts";
import { priceIndexTable } from "@server/features/price-indices/index.ts";
import { policyInForce } from "@server/features/rate-policy/index.ts";
import { currentTemplateVersion } from "@server/features/lease-templates/index.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize, can } from "@server/lib/authorization.ts";
import { fieldConflict, onUniqueViolation } from "@server/lib/conflicts.ts";
import { bumpDataVersion, type Db, type DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { pageOf, pageWindow } from "@server/lib/paging.ts";
import {
  annexedEnd, depositDeductionsColumn, leaseNumber, leasePartiesColumn, partiesOf, scheduleAnnexes, snapshot, toLease,
} from "./mapper.ts";
import {
  acceptedInvestmentsOf, acceptedInvestmentsOfLeases, findLease, findLeasesByIds, findLeases, findOrganisation, findPremises, insertAnnex, insertLease, moveLease, movePremises, nextSeq, settleDeposit, signedLeasesEndingBefore, signedLeasesOf, touchPremises,
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

/** Why a lease is at the top of the officers' queue (see LeaseAttention), as of `today`. */
export function attentionOf(row: Pick<LeaseRow, "status" | "endDate" | "annexes">, today: CalendarDate): LeaseAttention {
  if (row.status === "draft") return "awaiting-signature";
  const end = annexedEnd(row);
  if (row.status === "signed" && end !== null && end >= today && end <= addDays(today, ENDING_SOON_DAYS)) return "ending-soon";
  return null;
}

const QUEUE_RANK = { "ending-soon": 0, "awaiting-signature": 1 } as const;

/**
 * The leases the actor may list under the filters, in the queue order: signed leases ending within
 * 90 days (soonest end first), then drafts waiting for signature, then the rest, newest number first.
 * "Today" is the day in Kraków by the app's clock.
 */
async function queuedLeases(db: Db, clock: Clock, actor: Actor, filter: LeaseFilter): Promise<{ row: LeaseRow; attention: LeaseAttention }[]> {
  const scope = can(actor, "lease:list-all") ? null : actor.organisationIds;
  const today = todayIn(clock);
  const until = filter.endsWithinMonths === undefined ? null : sameDayMonthsLater(today, filter.endsWithinMonths);
  const rows = (await findLeases(db, filter, scope)).filter((row) => {
    if (until === null) return true;
    const end = annexedEnd(row);
    return end !== null && end >= today && end <= until;
  });
  const rank = (a: LeaseAttention) => (a === null ? 2 : QUEUE_RANK[a]);
  return rows
    .map((row) => ({ row, attention: attentionOf(row, today) }))
    .sort((a, b) => rank(a.attention) - rank(b.attention)
      || (a.attention === "ending-soon" ? (annexedEnd(a.row) ?? "").localeCompare(annexedEnd(b.row) ?? "") : 0));
}

export async function listForActor(db: Db, clock: Clock, actor: Actor | null, query: LeaseListQuery): Promise<LeasePage> {
  authorize(actor, "lease:list");
  const queued = await queuedLeases(db, clock, actor, query);
  const { skip, take } = pageWindow(query);
  return pageOf(query, { total: queued.length, rows: queued.slice(skip, skip + take) }, ({ row, attention }) => ({ ...toLease(row), attention }));
}

/** The staff's filtered list, in the queue order, for the CSV export. */
export async function leasesForExport(db: Db, clock: Clock, actor: Actor | null, filter: LeaseFilter) {
  authorize(actor, "lease:export");
  return queuedLeases(db, clock, actor, filter);
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
    }, {}, await defaultsOn(tx, approved.startDate));
  }
  const org = await findOrganisation(tx, body.organisationId);
  if (!org) throw unprocessable("Nie ma takiej organizacji.", "organisation-not-found", "organisationId", "organisation.notFound");
  const premises = await findPremises(tx, body.premisesId);
  if (!premises) throw unprocessable("Nie ma takiego lokalu.", "premises-not-found", "premisesId", "premises.notFound");
  const defaults = await defaultsOn(tx, body.startDate);
  return termsOf({
    organisationId: org.id, premisesId: premises.id, applicationId: null, parties: leasePartiesColumn.write(partiesOf(org, premises)),
    startDate: body.startDate,
    endDate: body.months !== undefined ? endDateAfterMonths(body.startDate, body.months) : (body.endDate ?? null),
    rateGrosze: body.rate, areaDm2: premises.usableAreaDm2, vatRate: body.vatRate ?? defaults.vatRate,
    holidayDays: body.holidayDays, permittedUse: body.permittedUse ?? premises.uses.map((u) => u.use).join(", "),
  }, body, defaults);
}

type CoreTerms = Pick<LeaseData, "organisationId" | "premisesId" | "applicationId" | "parties" | "startDate" | "endDate" | "rateGrosze" | "areaDm2" | "vatRate" | "holidayDays" | "permittedUse">;

/**
 * The lease terms a request leaves out, from the rate policy in force on the lease's start date
 * (its VAT rate and its lease defaults), or, before any policy or for a version without lease
 * defaults, LEASE_DEFAULTS (VAT 23%, deposit 3 × the monthly gross, payment by the 10th, offset share
 * 50%, remainder refunded).
 */
async function defaultsOn(tx: DbTx, startDate: string): Promise<{ vatRate: string } & LeaseDefaults> {
  const policy = await policyInForce(tx, startDate);
  return { ...LEASE_DEFAULTS, ...(policy ? { vatRate: policy.vatRate } : {}), ...policy?.leaseDefaults };
}

/** The rest with their defaults. Deposit = multiple × the gross of a full month at the starting rate (DOMAIN.md). */
function termsOf(core: CoreTerms, body: Partial<RecordedLease>, defaults: LeaseDefaults): LeaseData {
  const depositMultiple = body.depositMultiple ?? defaults.depositMultiple;
  const gross = monthlyRent({ rate: hundredthsToString(core.rateGrosze), area: hundredthsToString(core.areaDm2), vatRate: core.vatRate }).gross;
  return {
    ...core, depositMultiple, depositGrosze: toMinor(depositOf(gross, depositMultiple)),
    paymentDay: body.paymentDay ?? defaults.paymentDay, offsetShare: body.offsetShare ?? defaults.offsetShare,
    remainderAtEnd: body.remainderAtEnd ?? defaults.remainderAtEnd,
  };
}

/** A draft lease with the next readable number of the Kraków year, in the audit trail. */
export async function createLease(db: Db, clock: Clock, actor: Actor | null, body: LeaseCreate): Promise<Lease> {
  authorize(actor, "lease:create");
  const year = cityYearOf(clock.now());
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const data = await draftTerms(tx, body);
    const row = await insertLease(tx, year, await nextSeq(tx, year), await currentTemplateVersion(tx), data);
    const lease = toLease(row);
    await recordAudit(tx, { actor, entity: "lease", entityId: row.id, action: "create", after: { ...snapshot(lease), parties: lease.parties } });
    return lease;
  }), () => fieldConflict("lease-exists", "applicationId", "lease.exists"));
}

const effectiveEnd = (l: { endDate: string | null; terminatedOn: string | null; annexes: { endDate: string | null }[] }): string | null =>
  l.terminatedOn ?? annexedEnd(l);
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
export async function signLease(db: Db, clock: Clock, actor: Actor | null, id: string, signedOn: string): Promise<Lease> {
  authorize(actor, "lease:sign");
  return db.$transaction(async (tx) => {
    const before = await findLease(tx, id);
    if (!before) throw notFound();
    if (before.status !== "draft") throw fieldConflict("lease-not-draft", "status", "lease.notDraft");
    // A recorded lease that ended before today is history: it is signed as ended and leaves the
    // premises' status alone (the premises row is still written first, for the lock).
    const history = before.endDate !== null && before.endDate < todayIn(clock);
    const holds = before.applicationId ? (await approvedForLease(tx, before.applicationId))?.holdsPremises ?? false : false;
    // A lease recorded after the fact may find its premises already leased in the register (the
    // tenant has been there for years); the overlap check below still refuses a clash in the system.
    const from = holds ? ["available", "reserved"] as const : before.applicationId ? ["available"] as const : ["available", "leased"] as const;
    const moved = history ? await touchPremises(tx, before.premisesId) : await movePremises(tx, before.premisesId, from, "leased");
    if (!moved) throw fieldConflict("premises-not-available", "premisesId", "premises.notAvailable");
    const mine = { startDate: before.startDate, end: before.endDate };
    const clash = (await signedLeasesOf(tx, before.premisesId, id)).find((other) => overlaps(mine, { startDate: other.startDate, end: effectiveEnd(other) }));
    if (clash) {
      throw new AppError(409, "lease-overlap", "Konflikt", `Lokal ma już podpisaną umowę ${leaseNumber(clash)} na ten okres.`, [{ field: "premisesId", code: "premises.overlap" }]);
    }
    if (!(await moveLease(tx, id, "draft", { status: history ? "ended" : "signed", signedOn }))) throw fieldConflict("lease-not-draft", "status", "lease.notDraft");
    if (before.applicationId) await releaseReservation(tx, before.applicationId);
    const after = toLease((await findLease(tx, id))!);
    await recordAudit(tx, { actor, entity: "lease", entityId: id, action: "sign", before: snapshot(toLease(before)), after: snapshot(after) });
    if (!history) {
      await recordAudit(tx, { actor, entity: "premises", entityId: before.premisesId, action: "lease", after: { status: "leased", leaseId: id } });
      await bumpDataVersion(tx, PREMISES_KEY);
    }
    return after;
  });
}

/**
 * signed → terminated on `date` (not before the start, not after the end); the premises is available
 * again, or under renovation when the officer says it needs repairs first.
 */
export async function terminateLease(db: Db, actor: Actor | null, id: string, { date, reason, premisesStatus }: LeaseTerminate): Promise<Lease> {
  authorize(actor, "lease:terminate");
  return db.$transaction(async (tx) => {
    const before = await findLease(tx, id);
    if (!before) throw notFound();
    if (before.status !== "signed") throw fieldConflict("lease-not-signed", "status", "lease.notSigned");
    checkTerm(before, { terminatedOn: date }, TERMINATION_REFUSALS);
    // Every annex counts here, also one that changes only the permitted use or the offset share.
    if (before.annexes.some((a) => date < a.effectiveFrom)) {
      const refusal = TERMINATION_REFUSALS["termination.beforeAnnex"]!;
      throw unprocessable(refusal.detail, refusal.code, refusal.field, refusal.key);
    }
    if (!(await moveLease(tx, id, "signed", { status: "terminated", terminatedOn: date, terminationReason: reason }))) {
      throw fieldConflict("lease-not-signed", "status", "lease.notSigned");
    }
    const released = await movePremises(tx, before.premisesId, ["leased"], premisesStatus);
    const after = toLease((await findLease(tx, id))!);
    await recordAudit(tx, { actor, entity: "lease", entityId: id, action: "terminate", before: snapshot(toLease(before)), after: snapshot(after) });
    if (released) {
      await recordAudit(tx, { actor, entity: "premises", entityId: before.premisesId, action: "lease-end", before: { status: "leased" }, after: { status: premisesStatus, leaseId: id } });
      await bumpDataVersion(tx, PREMISES_KEY);
    }
    return after;
  });
}

/**
 * A signed lease ends at its (annexed) end date: from the day after, it is `ended` and its premises is
 * available again, with both changes in the audit trail (by the system, no actor). Run when the app
 * starts and every hour (server/main.ts); each lease moves in its own transaction and only from
 * `signed`, so two instances sweeping together end each lease once. Returns the leases it ended.
 */
export async function endLeasesPastTheirEnd(db: Db, clock: Clock): Promise<string[]> {
  const today = todayIn(clock);
  const ended: string[] = [];
  for (const row of await signedLeasesEndingBefore(db, today)) {
    const end = annexedEnd(row);
    if (end === null || end >= today) continue;
    await db.$transaction(async (tx) => {
      if (!(await moveLease(tx, row.id, "signed", { status: "ended" }))) return;
      await recordAudit(tx, { actor: null, entity: "lease", entityId: row.id, action: "end", before: { status: "signed", endDate: end }, after: { status: "ended", endDate: end } });
      // The premises stays leased when another signed lease of it runs today (one recorded after this one).
      const running = (await signedLeasesOf(tx, row.premisesId, row.id)).some((other) => other.status === "signed" && other.startDate <= today);
      if (!running && (await movePremises(tx, row.premisesId, ["leased"], "available"))) {
        await recordAudit(tx, { actor: null, entity: "premises", entityId: row.premisesId, action: "lease-end", before: { status: "leased" }, after: { status: "available", leaseId: row.id } });
        await bumpDataVersion(tx, PREMISES_KEY);
      }
      ended.push(row.id);
    });
  }
  return ended;
}

/** The payment schedule by DOMAIN.md's conventions (shared/domain/lease-schedule.ts), with the accepted investments' offsets. */
export async function scheduleOf(db: Db, clock: Clock, actor: Actor | null, id: string): Promise<LeaseScheduleView> {
  return scheduleOfRow(db, clock, await readableLease(db, actor, id));
}

/** The schedules of several leases by id, for a caller that has already authorized the reading (the investments' lists): three queries in all. */
export async function schedulesOfLeases(db: DbTx, clock: Clock, ids: string[]): Promise<Map<string, LeaseScheduleView>> {
  if (ids.length === 0) return new Map();
  const rows = await findLeasesByIds(db, ids);
  const accepted = await acceptedInvestmentsOfLeases(db, ids);
  const indices = await priceIndexTable(db);
  return new Map(rows.map((row) => [row.id, computeSchedule(clock, row, accepted.filter((a) => a.leaseId === row.id), indices)]));
}

/**
 * The schedule of a lease already read (and authorized): the same rows as GET …/schedule. Accepted
 * investments are offset from the month after their acceptance at the lease's offset share, as
 * annexes change it; `investments` lists them in order of acceptance with what the schedule offsets
 * and what is left at its end (refunded or forfeited as `remainderAtEnd` says).
 */
export async function scheduleOfRow(db: DbTx, clock: Clock, row: LeaseRow): Promise<LeaseScheduleView> {
  const accepted = await acceptedInvestmentsOf(db, row.id);
  return computeSchedule(clock, row, accepted, await priceIndexTable(db));
}

type AcceptedInvestment = Awaited<ReturnType<typeof acceptedInvestmentsOf>>[number];

function computeSchedule(clock: Clock, row: LeaseRow, accepted: AcceptedInvestment[], priceIndices: Awaited<ReturnType<typeof priceIndexTable>>): LeaseScheduleView {
  try {
    const schedule = leaseSchedule({
      startDate: row.startDate, endDate: row.endDate, today: todayIn(clock), terminatedOn: row.terminatedOn,
      rate: hundredthsToString(row.rateGrosze), area: hundredthsToString(row.areaDm2), vatRate: row.vatRate,
      holidays: { beforeStartDays: row.holidayDays, renovationDays: 0 },
      annexes: scheduleAnnexes(row),
      priceIndices, depositMultiple: String(row.depositMultiple),
      investmentOffset: {
        share: row.offsetShare,
        shareChanges: row.annexes.flatMap((a) => (a.offsetShare === null ? [] : [{ from: a.effectiveFrom, share: a.offsetShare }])),
        investments: accepted.map((i) => ({ id: i.id, title: i.title, amount: hundredthsToString(i.acceptedGrosze ?? 0), acceptedOn: i.acceptedOn ?? row.startDate })),
      },
    });
    const remainder = schedule.investments.reduce((sum, i) => sum + hundredthsFromString(i.remainder)!, 0);
    return {
      rows: schedule.rows, totals: schedule.totals, deposit: hundredthsToString(row.depositGrosze), investments: schedule.investments,
      remainderAtEnd: row.remainderAtEnd, investmentsRemainder: hundredthsToString(remainder),
    };
  } catch (error) {
    if (error instanceof LeaseScheduleError) throw AppError.unprocessable(`Nie można wyliczyć harmonogramu: ${error.message}`, "schedule-invalid");
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The term's rules are the schedule's (leaseTerm): an annex or a termination the schedule would refuse
// is refused here first, as a 422 naming the field, and nothing is written.

type Refusals = Partial<Record<LeaseScheduleError["code"], { field: string; key: string; code: string; detail: string }>>;

const TERMINATION_REFUSALS: Refusals = {
  "termination.beforeStart": { field: "date", key: "date.beforeStart", code: "termination-before-start", detail: "Umowy nie można rozwiązać z datą sprzed jej początku." },
  "termination.afterEnd": { field: "date", key: "date.afterEnd", code: "termination-after-end", detail: "Umowa kończy się wcześniej niż podana data rozwiązania." },
  "termination.beforeAnnex": { field: "date", key: "date.beforeAnnex", code: "termination-before-annex", detail: "Umowy nie można rozwiązać przed datą ostatniego aneksu." },
};

const ANNEX_REFUSALS: Refusals = {
  "annex.beforeStart": { field: "effectiveFrom", key: "annex.beforeStart", code: "annex-before-start", detail: "Aneks nie może obowiązywać przed początkiem umowy." },
  "annex.afterEnd": { field: "effectiveFrom", key: "annex.afterEnd", code: "annex-after-end", detail: "Aneks nie może obowiązywać po końcu umowy." },
  "annex.endBeforeEffective": { field: "endDate", key: "annex.endBeforeEffective", code: "annex-end-before-effective", detail: "Nowa data końca nie może być wcześniejsza niż data wejścia aneksu." },
};

function checkTerm(row: LeaseRow, change: { terminatedOn?: string; annex?: LeaseAnnexInput }, refusals: Refusals): void {
  try {
    leaseTerm({
      startDate: row.startDate, endDate: row.endDate, today: row.startDate, terminatedOn: change.terminatedOn ?? row.terminatedOn,
      annexes: [...scheduleAnnexes(row), ...(change.annex ? [change.annex] : [])],
    });
  } catch (error) {
    const refusal = error instanceof LeaseScheduleError ? refusals[error.code] : undefined;
    if (refusal) throw unprocessable(refusal.detail, refusal.code, refusal.field, refusal.key);
    throw error;
  }
}

/**
 * An annex of a signed lease, numbered 1, 2, ... per lease ((leaseId, number) unique: of two annexes
 * added at once, the second gets 409). An annex that moves the end date must not make the lease
 * overlap another signed lease of the premises. The lease row itself is never changed: its history is
 * the annexes.
 */
export async function addAnnex(db: Db, actor: Actor | null, id: string, body: LeaseAnnexCreate): Promise<Lease> {
  authorize(actor, "lease:annex");
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const before = await findLease(tx, id);
    if (!before) throw notFound();
    if (before.status !== "signed") throw fieldConflict("lease-not-signed", "status", "annex.notSigned");
    const rentChange: LeaseAnnexInput = {
      effectiveFrom: body.effectiveFrom,
      ...(body.rate !== undefined ? { rate: hundredthsToString(body.rate) } : {}),
      ...(body.area !== undefined ? { area: hundredthsToString(body.area) } : {}),
      ...(body.endDate !== undefined ? { endDate: body.endDate } : {}),
    };
    if (rentChange.rate !== undefined || rentChange.area !== undefined || rentChange.endDate !== undefined) {
      checkTerm(before, { annex: rentChange }, ANNEX_REFUSALS);
    } else {
      // Only the permitted use or the offset share: the schedule does not see it, the same dates apply.
      const end = annexedEnd(before);
      const refusal = body.effectiveFrom < before.startDate ? ANNEX_REFUSALS["annex.beforeStart"] : end !== null && body.effectiveFrom > end ? ANNEX_REFUSALS["annex.afterEnd"] : undefined;
      if (refusal) throw unprocessable(refusal.detail, refusal.code, refusal.field, refusal.key);
    }
    if (body.endDate !== undefined) {
      const mine = { startDate: before.startDate, end: body.endDate };
      const clash = (await signedLeasesOf(tx, before.premisesId, id)).find((other) => overlaps(mine, { startDate: other.startDate, end: effectiveEnd(other) }));
      if (clash) {
        throw new AppError(409, "lease-overlap", "Konflikt", `Lokal ma już podpisaną umowę ${leaseNumber(clash)} na ten okres.`, [{ field: "endDate", code: "premises.overlap" }]);
      }
    }
    const annex = await insertAnnex(tx, {
      leaseId: id, number: before.annexes.length + 1, effectiveFrom: body.effectiveFrom,
      rateGrosze: body.rate ?? null, areaDm2: body.area ?? null, endDate: body.endDate ?? null,
      permittedUse: body.permittedUse ?? null, offsetShare: body.offsetShare ?? null,
    });
    const after = toLease((await findLease(tx, id))!);
    await recordAudit(tx, { actor, entity: "lease", entityId: id, action: "annex", before: { annexes: toLease(before).annexes }, after: { annexes: after.annexes, annex: annex.number } });
    return after;
  }), () => AppError.conflict("Aneks do tej umowy dodano w tej samej chwili; odśwież i spróbuj ponownie.", "annex-conflict"));
}

/**
 * The deposit settled once, after the lease is terminated or has run to its end (a signed lease past
 * its annexed end date becomes ended here): returned = deposit − deductions, never below zero.
 */
export async function settleLeaseDeposit(db: Db, clock: Clock, actor: Actor | null, id: string, body: DepositSettlementCreate): Promise<DepositSettlement> {
  authorize(actor, "lease:settle-deposit");
  return db.$transaction(async (tx) => {
    const before = await findLease(tx, id);
    if (!before) throw notFound();
    if (before.depositSettledOn !== null) throw fieldConflict("deposit-settled", "deductions", "deposit.settled");
    const today = todayIn(clock);
    const end = annexedEnd(before);
    const over = before.status === "terminated" || before.status === "ended" || (before.status === "signed" && end !== null && end < today);
    if (!over) throw unprocessable("Kaucję rozlicza się po zakończeniu lub rozwiązaniu umowy.", "deposit-not-ended", "deductions", "deposit.notEnded");
    const deducted = body.deductions.reduce((sum, d) => sum + d.amount, 0);
    if (deducted > before.depositGrosze) throw unprocessable("Potrącenia przekraczają kaucję.", "deductions-over-deposit", "deductions", "deductions.overDeposit");
    const deductions = body.deductions.map((d) => ({ reason: d.reason, amount: hundredthsToString(d.amount) }));
    const returned = minorNumber(before.depositGrosze) - deducted;
    const settled = await settleDeposit(tx, id, {
      depositDeductions: depositDeductionsColumn.write(deductions), depositReturnedGrosze: returned, depositSettledOn: today,
      ...(before.status === "signed" ? { status: "ended" } : {}),
    });
    if (!settled) throw fieldConflict("deposit-settled", "deductions", "deposit.settled");
    const remainder = hundredthsFromString((await scheduleOfRow(tx, clock, before)).investmentsRemainder)!;
    const refund = before.remainderAtEnd === "refund" ? remainder : 0;
    const result = {
      deposit: hundredthsToString(before.depositGrosze), deductions, returned: hundredthsToString(returned),
      investments: {
        remainder: hundredthsToString(remainder), remainderAtEnd: before.remainderAtEnd, refund: hundredthsToString(refund), toTenant: hundredthsToString(returned + refund),
      },
    };
    await recordAudit(tx, {
      actor, entity: "lease", entityId: id, action: "settle-deposit",
      before: { status: before.status, depositSettlement: null }, after: { status: before.status === "signed" ? "ended" : before.status, depositSettlement: { ...result, settledOn: today } },
    });
    if (before.status === "signed" && (await movePremises(tx, before.premisesId, ["leased"], "available"))) {
      await recordAudit(tx, { actor, entity: "premises", entityId: before.premisesId, action: "lease-end", before: { status: "leased" }, after: { status: "available", leaseId: id } });
      await bumpDataVersion(tx, PREMISES_KEY);
    }
    return result;
  });
}
