import { hundredthsFromString, hundredthsToString } from "@shared/contracts/common.ts";
import { minorNumber } from "@shared/domain/money.ts";
import type {
  Investment, InvestmentAccept, InvestmentComplete, InvestmentConsent, InvestmentFilter, InvestmentListQuery, InvestmentPage, InvestmentPropose,
  InvestmentStatus, InvestmentStep, InvestmentTotals, PremisesInvestmentList,
} from "@shared/contracts/investments.ts";
import { cityYearOf, todayIn, type Clock } from "@shared/domain/dates.ts";
import { fillInOrder } from "@shared/domain/investment-settlement.ts";
import { readableLease, schedulesOfLeases } from "@server/features/leases/index.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize, can } from "@server/lib/authorization.ts";
import { fieldConflict } from "@server/lib/conflicts.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { pageInfo, pageWindow } from "@server/lib/paging.ts";
import { categoryFromDb, categoryToDb, conditionToDb, estimateColumn, featuresColumn, historyColumn, invoicesColumn } from "./columns.ts";
import { addressOf, currentOffsetShare, leaseNumberOf, snapshot, toInvestment } from "./mapper.ts";
import { notifyTenant, type InvestmentMessage } from "./notifications.ts";
import { applyToPremises } from "./premises-effects.ts";
import {
  acceptedOfPremises, findInvestment, findInvestments, insertInvestment, moveInvestment, premisesExists, userName, type InvestmentRow,
} from "./repository.ts";

const notFound = () => AppError.notFound("Nie ma nakładu o takim identyfikatorze.");
const unprocessable = (detail: string, code: string, field: string, key: string) => AppError.unprocessable(detail, code, [{ field, code: key }]);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The step each one starts from, and the refusal when the record is elsewhere (skipped or repeated). */
const FROM = {
  consented: { from: "proposed", code: "investment-not-proposed", key: "investment.notProposed" },
  refused: { from: "proposed", code: "investment-not-proposed", key: "investment.notProposed" },
  completed: { from: "consented", code: "investment-not-consented", key: "investment.notConsented" },
  accepted: { from: "completed", code: "investment-not-completed", key: "investment.notCompleted" },
} as const satisfies Record<Exclude<InvestmentStatus, "proposed">, { from: InvestmentStatus; code: string; key: string }>;

/** An investment the actor may read: 404 for one that does not exist or belongs to another organisation. */
async function readable(db: DbTx, actor: Actor | null, id: string, action: "investment:read" | "investment:complete" = "investment:read"): Promise<InvestmentRow> {
  const row = await findInvestment(db, id);
  if (!row) {
    authorize(actor, "investment:list");
    throw notFound();
  }
  authorize(actor, action, row.organisationId);
  return row;
}

async function step(tx: DbTx, actor: Actor, status: InvestmentStatus, at: Date, note: string | null, history: string | null): Promise<string> {
  const by = (await userName(tx, actor.userId))?.name ?? actor.email;
  const steps: InvestmentStep[] = history === null ? [] : historyColumn.read(history);
  return historyColumn.write([...steps, { status, at: at.toISOString(), by, note }]);
}

/**
 * What each accepted investment of these rows has had offset so far: the lease's schedule rows up to
 * the current month (in Kraków), their offsets added up and filled into its investments in order of
 * acceptance (shared/domain/investment-settlement.ts).
 */
async function settlementsOf(db: DbTx, clock: Clock, rows: InvestmentRow[]): Promise<Map<string, { offset: string; remainder: string }>> {
  const month = todayIn(clock).slice(0, 7);
  const leaseIds = [...new Set(rows.filter((r) => r.status === "accepted").map((r) => r.leaseId))];
  const settled = new Map<string, { offset: string; remainder: string }>();
  for (const schedule of (await schedulesOfLeases(db, clock, leaseIds)).values()) {
    const soFar = sum(schedule.rows.filter((r) => r.month <= month).map((r) => hundredthsFromString(r.offset)!));
    const order = schedule.investments.map((i) => ({ id: i.id, amount: i.accepted }));
    for (const s of fillInOrder(order, hundredthsToString(soFar))) settled.set(s.id, { offset: s.offset, remainder: s.remainder });
  }
  return settled;
}

async function toWire(db: DbTx, clock: Clock, row: InvestmentRow): Promise<Investment> {
  return toInvestment(row, todayIn(clock), (await settlementsOf(db, clock, [row])).get(row.id) ?? null);
}

export async function readInvestment(db: Db, clock: Clock, actor: Actor | null, id: string): Promise<Investment> {
  return toWire(db, clock, await readable(db, actor, id));
}

/** The lease's last day as it stands (terminated, annexed or planned; null: indefinite). */
function leaseEnd(lease: InvestmentRow["lease"]): string | null {
  return lease.terminatedOn ?? lease.annexes.reduce<string | null>((end, a) => a.endDate ?? end, lease.endDate);
}

async function notify(tx: DbTx, row: InvestmentRow, message: InvestmentMessage): Promise<void> {
  await notifyTenant(tx, message, { organisationId: row.organisationId, title: row.title, leaseNumber: leaseNumberOf(row.lease), address: addressOf(row.premises) });
}

/** The tenant proposes works under its signed lease, with the cost estimate; proposed. */
export async function proposeInvestment(db: Db, clock: Clock, actor: Actor | null, leaseId: string, body: InvestmentPropose): Promise<Investment> {
  const lease = await readableLease(db, actor, leaseId);
  authorize(actor, "investment:propose", lease.organisationId);
  if (lease.status !== "signed") throw fieldConflict("lease-not-signed", "status", "investment.notSigned");
  const end = lease.terminatedOn ?? lease.annexes.reduce<string | null>((e, a) => a.endDate ?? e, lease.endDate);
  if (end !== null && body.plannedEnd > end) {
    throw unprocessable("Prace muszą się zakończyć przed końcem umowy.", "planned-after-lease", "plannedEnd", "date.afterLease");
  }
  const estimate = body.estimate.map((i) => ({ description: i.description, amount: hundredthsToString(i.amount) }));
  const now = clock.now();
  return db.$transaction(async (tx) => {
    const row = await insertInvestment(tx, {
      leaseId, organisationId: lease.organisationId, premisesId: lease.premisesId, title: body.title, category: categoryToDb(body.category), scope: body.scope,
      plannedStart: body.plannedStart, plannedEnd: body.plannedEnd, estimate: estimateColumn.write(estimate), estimateGrosze: sum(body.estimate.map((i) => i.amount)),
      addsFeatures: featuresColumn.write(body.addsFeatures ?? []), year: cityYearOf(now), history: await step(tx, actor, "proposed", now, null, null),
    });
    const investment = toInvestment(row, todayIn(clock), null);
    await recordAudit(tx, { actor, entity: "investment", entityId: row.id, action: "propose", after: snapshot(investment) });
    await notify(tx, row, { kind: "proposed", estimate: investment.estimateTotal });
    return investment;
  });
}

/**
 * One step of the state machine in one transaction: the record is read, checked by `check` (422
 * naming the field), and moved by a conditional update from the step's own status, so of two
 * requests at once exactly one moves it and the other gets 409; then the audit entry, the effects
 * and the tenant's message.
 */
async function transition(
  db: Db, clock: Clock, actor: Actor, id: string, to: Exclude<InvestmentStatus, "proposed">,
  plan: (row: InvestmentRow, today: string) => { data: Parameters<typeof moveInvestment>[3]; note: string | null; message: InvestmentMessage },
  effects?: (tx: DbTx, row: InvestmentRow) => Promise<void>,
): Promise<Investment> {
  const { from, code, key } = FROM[to];
  return db.$transaction(async (tx) => {
    const before = await findInvestment(tx, id);
    if (!before) throw notFound();
    if (to === "completed") authorize(actor, "investment:complete", before.organisationId);
    if (before.status !== from) throw fieldConflict(code, "status", key);
    const now = clock.now();
    const today = todayIn(clock);
    const { data, note, message } = plan(before, today);
    const history = await step(tx, actor, to, now, note, before.history);
    if (!(await moveInvestment(tx, id, from, { ...data, status: to, history }))) throw fieldConflict(code, "status", key);
    const row = (await findInvestment(tx, id))!;
    await recordAudit(tx, { actor, entity: "investment", entityId: id, action: to, before: snapshot(toInvestment(before, today, null)), after: snapshot(toInvestment(row, today, null)) });
    if (effects) await effects(tx, row);
    await notify(tx, row, message);
    return toWire(tx, clock, row);
  });
}

export function consentInvestment(db: Db, clock: Clock, actor: Actor, id: string, body: InvestmentConsent): Promise<Investment> {
  authorize(actor, "investment:decide");
  return transition(db, clock, actor, id, "consented", (row, today) => {
    if (body.approvedAmount > row.estimateGrosze) {
      throw unprocessable("Zatwierdzona kwota nie może przekraczać kosztorysu.", "approved-over-estimate", "approvedAmount", "approvedAmount.overEstimate");
    }
    const approved = hundredthsToString(body.approvedAmount);
    return {
      data: { approvedGrosze: body.approvedAmount, conditions: body.conditions ?? null, consentedOn: today },
      note: body.conditions ?? null,
      message: { kind: "consented", approved, conditions: body.conditions ?? null },
    };
  });
}

export function refuseInvestment(db: Db, clock: Clock, actor: Actor, id: string, reason: string): Promise<Investment> {
  authorize(actor, "investment:decide");
  return transition(db, clock, actor, id, "refused", (_row, today) => ({
    data: { refusalReason: reason, refusedOn: today }, note: reason, message: { kind: "refused", reason },
  }));
}

export function completeInvestment(db: Db, clock: Clock, actor: Actor, id: string, body: InvestmentComplete): Promise<Investment> {
  return transition(db, clock, actor, id, "completed", (row, today) => {
    if (body.completedOn > today) throw unprocessable("Data zakończenia prac nie może być w przyszłości.", "completed-in-future", "completedOn", "date.future");
    const leaseStart = row.lease.startDate;
    if (body.completedOn < leaseStart) throw unprocessable("Data zakończenia prac nie może być sprzed początku umowy.", "completed-before-lease", "completedOn", "date.beforeLease");
    const invoices = body.invoices.map((i) => ({ number: i.number, date: i.date, seller: i.seller, nip: i.nip, net: hundredthsToString(i.net) }));
    return {
      data: {
        completedOn: body.completedOn, actualCostGrosze: body.actualCost,
        invoices: invoicesColumn.write(invoices), invoicesGrosze: sum(body.invoices.map((i) => i.net)),
      },
      note: null,
      message: { kind: "completed", actualCost: hundredthsToString(body.actualCost), invoices: invoices.length },
    };
  });
}

/**
 * Acceptance after inspection, by the protocol's date (never in the future, may be in the past; not
 * before the completion, within the lease). Without an amount: the smaller of the actual and the
 * approved cost; less needs a reason; more is refused. Accessibility features go onto the premises and
 * a renovation may raise its condition grade, in the same transaction.
 */
export function acceptInvestment(db: Db, clock: Clock, actor: Actor, id: string, body: InvestmentAccept): Promise<Investment> {
  authorize(actor, "investment:accept");
  return transition(db, clock, actor, id, "accepted", (row, today) => {
    const refuse = (detail: string, code: string, field: string, key: string) => {
      throw unprocessable(detail, code, field, key);
    };
    if (body.acceptedOn > today) refuse("Data odbioru nie może być w przyszłości.", "accepted-in-future", "acceptedOn", "date.future");
    if (row.completedOn !== null && body.acceptedOn < row.completedOn) refuse("Odbiór nie może być wcześniejszy niż zakończenie prac.", "accepted-before-completion", "acceptedOn", "date.beforeCompletion");
    if (body.acceptedOn < row.lease.startDate) refuse("Data odbioru nie może być sprzed początku umowy.", "accepted-before-lease", "acceptedOn", "date.beforeLease");
    const end = leaseEnd(row.lease);
    if (end !== null && body.acceptedOn > end) refuse("Data odbioru nie może być późniejsza niż koniec umowy.", "accepted-after-lease", "acceptedOn", "date.afterLease");
    if (body.conditionAfter !== undefined && row.category !== "renovation") {
      refuse("Stan techniczny po odbiorze podaje się tylko dla remontu.", "condition-not-renovation", "conditionAfter", "conditionAfter.notRenovation");
    }
    const ceiling = Math.min(minorNumber(row.actualCostGrosze ?? 0), minorNumber(row.approvedGrosze ?? 0));
    const accepted = body.acceptedAmount ?? ceiling;
    if (accepted > ceiling) refuse("Przyjęta kwota nie może przekraczać mniejszej z kwot: rzeczywistej i zatwierdzonej.", "accepted-too-high", "acceptedAmount", "acceptedAmount.tooHigh");
    if (accepted < ceiling && body.reason === undefined) refuse("Podaj przyczynę przyjęcia niższej kwoty.", "accepted-lower-no-reason", "reason", "acceptance.reasonRequired");
    return {
      data: {
        acceptedOn: body.acceptedOn, acceptedAt: clock.now(), acceptedGrosze: accepted, acceptanceReason: body.reason ?? null,
        conditionAfter: body.conditionAfter === undefined ? null : conditionToDb(body.conditionAfter),
      },
      note: body.reason ?? null,
      message: { kind: "accepted", accepted: hundredthsToString(accepted), acceptedOn: body.acceptedOn, share: currentOffsetShare(row.lease, body.acceptedOn) },
    };
  }, (tx, row) => applyToPremises(tx, actor, row.id, row.premisesId, {
    features: featuresColumn.read(row.addsFeatures),
    conditionAfter: body.conditionAfter ?? null,
  }));
}

// ---------------------------------------------------------------------------------------------
// Lists

async function matching(db: Db, actor: Actor | null, filter: InvestmentFilter): Promise<InvestmentRow[]> {
  authorize(actor, "investment:list");
  return findInvestments(db, filter, can(actor, "investment:list-all") ? null : actor.organisationIds);
}

function totalsOf(rows: InvestmentRow[]): InvestmentTotals {
  // BigInt columns: summed exactly as bigint (a city-wide total can pass 2^31 grosze).
  const total = (pick: (r: InvestmentRow) => bigint | null) => hundredthsToString(rows.reduce((s, r) => s + (pick(r) ?? 0n), 0n));
  return {
    count: rows.length,
    estimate: total((r) => r.estimateGrosze),
    approved: total((r) => r.approvedGrosze),
    actualCost: total((r) => r.actualCostGrosze),
    accepted: total((r) => r.acceptedGrosze),
  };
}

/** Officers: every investment; a tenant: its organisations' own. Newest first, totals over every match. */
export async function listInvestments(db: Db, clock: Clock, actor: Actor | null, query: InvestmentListQuery): Promise<InvestmentPage> {
  const rows = await matching(db, actor, query);
  const { skip, take } = pageWindow(query);
  const page = rows.slice(skip, skip + take);
  const settled = await settlementsOf(db, clock, page);
  const today = todayIn(clock);
  return { items: page.map((r) => toInvestment(r, today, settled.get(r.id) ?? null)), page: pageInfo(query, rows.length), totals: totalsOf(rows) };
}

export async function investmentsForExport(db: Db, clock: Clock, actor: Actor | null, filter: InvestmentFilter): Promise<Investment[]> {
  authorize(actor, "investment:export");
  const rows = await matching(db, actor, filter);
  const settled = await settlementsOf(db, clock, rows);
  const today = todayIn(clock);
  return rows.map((r) => toInvestment(r, today, settled.get(r.id) ?? null));
}

/** The public history of a premises: its accepted investments, newest first, without amounts. */
export async function premisesInvestments(db: Db, premisesId: string): Promise<PremisesInvestmentList> {
  if (!(await premisesExists(db, premisesId))) throw AppError.notFound("Nie ma lokalu o takim identyfikatorze.");
  const rows = await acceptedOfPremises(db, premisesId);
  return {
    items: rows.map((r) => ({
      id: r.id, title: r.title, category: categoryFromDb(r.category), year: Number(r.acceptedOn!.slice(0, 4)), acceptedOn: r.acceptedOn!,
      addsFeatures: featuresColumn.read(r.addsFeatures),
    })),
  };
}

/** For the documents: the investment as the actor may read it, on the wire, with its row's lease id and update time. */
export async function investmentForDocument(db: Db, clock: Clock, actor: Actor | null, id: string) {
  const row = await readable(db, actor, id);
  return { investment: await toWire(db, clock, row), updatedAt: row.updatedAt };
}
