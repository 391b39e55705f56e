import type { ApplicationFields, ApplicationListQuery, ApplicationStatus } from "@shared/contracts/applications.ts";
import {
  alternativesColumn, derivationColumn, paragraphsColumn, partiesColumn, type DecisionParties, type Derivation, type RateAlternatives,
} from "@shared/contracts/decision-records.ts";
import type { CalendarDate } from "@shared/domain/dates.ts";
import type { z } from "zod";
import type { Prisma } from "@server/generated/prisma/client.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { pageWindow } from "@server/lib/paging.ts";

type Fields = z.output<typeof ApplicationFields>;

export const premisesSelect = {
  id: true, inventoryCode: true, street: true, buildingNo: true, unitNo: true, district: true, usableAreaDm2: true,
  baseRateGrosze: true, condition: true, socialPool: true, status: true, uses: { select: { use: true } },
} as const satisfies Prisma.PremisesSelect;
export type PremisesRow = Prisma.PremisesGetPayload<{ select: typeof premisesSelect }>;

export const organisationSelect = {
  id: true, name: true, nip: true, street: true, postalCode: true, city: true, legalForm: true, status: true,
  socialEnterprise: true, socialEnterpriseSince: true, publicBenefit: true, reintegrationType: true, economicActivity: true,
} as const satisfies Prisma.OrganisationSelect;
export type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }>;

export const applicationInclude = {
  fitOut: { orderBy: { position: "asc" } },
  premises: { select: premisesSelect },
  organisation: { select: organisationSelect },
  decision: {
    include: {
      terms: { include: { policyVersion: { select: { id: true, name: true, effectiveFrom: true, isExample: true } }, deMinimisAid: true } },
    },
  },
} as const satisfies Prisma.ApplicationInclude;
export type ApplicationRow = Prisma.ApplicationGetPayload<{ include: typeof applicationInclude }>;

export function findApplication(db: DbTx, id: string) {
  return db.application.findUnique({ where: { id }, include: applicationInclude });
}

/** An application known to exist (just written in this transaction). */
export function applicationById(db: DbTx, id: string) {
  return db.application.findUniqueOrThrow({ where: { id }, include: applicationInclude });
}

export function findPremises(db: DbTx, id: string) {
  return db.premises.findUnique({ where: { id }, select: premisesSelect });
}

export function findOrganisation(db: DbTx, id: string) {
  return db.organisation.findUnique({ where: { id }, select: organisationSelect });
}

function columns(input: Fields) {
  return {
    premisesId: input.premisesId,
    intendedUse: input.intendedUse,
    activity: input.activity,
    socialPurpose: input.socialPurpose,
    employees: input.employees,
    employeesAtRisk: input.employeesAtRisk,
    requestedStart: input.requestedStart,
    requestedMonths: input.requestedMonths,
    tenantWillRenovate: input.tenantWillRenovate,
    accessibilityNeeds: input.accessibilityNeeds,
  };
}

const fitOutRows = (input: Fields) =>
  input.fitOut.map((item, position) => ({ position, description: item.description, costGrosze: item.cost }));

/** A new draft, created at `createdAt` (the app's clock: the year of its reference is read from it). */
export async function insertApplication(db: DbTx, organisationId: string, createdById: string, input: Fields, createdAt: Date): Promise<string> {
  const row = await db.application.create({
    data: { organisationId, createdById, status: "draft", createdAt, ...columns(input), fitOut: { create: fitOutRows(input) } },
    select: { id: true },
  });
  return row.id;
}

/** Replaces a draft's content; false when it is no longer a draft (someone submitted it meanwhile). */
export async function updateDraft(db: DbTx, id: string, input: Fields): Promise<boolean> {
  const { count } = await db.application.updateMany({ where: { id, status: "draft" }, data: columns(input) });
  if (count !== 1) return false;
  await db.applicationFitOut.deleteMany({ where: { applicationId: id } });
  await db.applicationFitOut.createMany({ data: fitOutRows(input).map((r) => ({ ...r, applicationId: id })) });
  return true;
}

/** Moves an application from one status to another only if it is still in the first: false if not. */
export async function moveStatus(
  db: DbTx, id: string, from: ApplicationStatus[], data: Prisma.ApplicationUncheckedUpdateManyInput & { status: ApplicationStatus },
): Promise<boolean> {
  const { count } = await db.application.updateMany({ where: { id, status: { in: from } }, data });
  return count === 1;
}

export function activeApplicationOf(db: DbTx, organisationId: string, premisesId: string, except?: string) {
  return db.application.findFirst({
    where: { organisationId, premisesId, status: { in: ["draft", "submitted"] }, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
}

export function competingApplications(db: DbTx, premisesId: string, except: string) {
  return db.application.findMany({
    where: { premisesId, status: "submitted", id: { not: except } },
    include: applicationInclude,
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
  });
}

/** Submitted applications per premises, for the competing counts of a page. */
export async function submittedCounts(db: DbTx, premisesIds: string[]): Promise<Map<string, number>> {
  const groups = await db.application.groupBy({
    by: ["premisesId"], where: { premisesId: { in: [...new Set(premisesIds)] }, status: "submitted" }, _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.premisesId, g._count._all]));
}

export interface ListScope {
  /** Null: every organisation (staff); otherwise only these. */
  organisationIds: string[] | null;
}

export async function listApplications(db: Db, query: ApplicationListQuery, scope: ListScope, now: Date) {
  const and: Prisma.ApplicationWhereInput[] = [];
  if (scope.organisationIds) and.push({ organisationId: { in: scope.organisationIds } });
  // A draft is the applicant's own work until it is submitted.
  else and.push({ status: { not: "draft" } });
  if (query.status?.length) and.push({ status: { in: query.status } });
  if (query.premisesId) and.push({ premisesId: query.premisesId });
  if (query.district?.length) {
    const inDistricts = await db.premises.findMany({ where: { district: { in: query.district } }, select: { id: true } });
    and.push({ premisesId: { in: inDistricts.map((p) => p.id) } });
  }
  if (query.minAgeDays !== undefined) {
    const cutoff = new Date(now.getTime() - query.minAgeDays * 86_400_000);
    and.push({ OR: [{ submittedAt: { lte: cutoff } }, { submittedAt: null, createdAt: { lte: cutoff } }] });
  }
  const where = { AND: and };
  const [total, rows] = await db.$transaction([
    db.application.count({ where }),
    db.application.findMany({
      where,
      include: applicationInclude,
      // Oldest first: the longest-waiting application is at the top of the queue.
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      ...pageWindow(query),
    }),
  ]);
  return { total, rows };
}

/**
 * De minimis aid received in the three years before the grant date, in euro cents: what the
 * organisation declared from other grantors plus what decisions in this system granted, except the
 * aid of application `except` itself (the one being assessed is never its own prior aid).
 */
export async function priorAidEurCents(db: DbTx, organisationId: string, grantDate: string, except: string): Promise<number> {
  const [year, rest] = [Number(grantDate.slice(0, 4)), grantDate.slice(4)];
  const windowStart = `${String(year - 3).padStart(4, "0")}${rest}`;
  const window = { gt: windowStart, lte: grantDate };
  const [declared, granted] = await Promise.all([
    db.declaredAid.aggregate({ where: { organisationId, grantedOn: window }, _sum: { amountEurCents: true } }),
    db.deMinimisAid.aggregate({
      where: { terms: { grantDate: window, decision: { application: { organisationId, id: { not: except } } } } },
      _sum: { aidEurCents: true },
    }),
  ]);
  // Sums of BigInt columns; euro cents stay far below 2^53, so a number holds them exactly.
  return Number(declared._sum.amountEurCents ?? 0) + Number(granted._sum.aidEurCents ?? 0);
}

// ---- decisions (inside the decision's transaction)

/**
 * The premises flips from available to reserved only if it still is available: one conditional
 * update, so of two approvals racing for it exactly one sees true.
 */
export async function reservePremises(tx: DbTx, premisesId: string): Promise<boolean> {
  const { count } = await tx.premises.updateMany({ where: { id: premisesId, status: "available" }, data: { status: "reserved" } });
  return count === 1;
}

/**
 * The next case number of `<prefix>/<year>`, inside the decision's transaction: one statement
 * increments the counter and returns it (INSERT ... ON CONFLICT DO UPDATE ... RETURNING: atomic under
 * PostgreSQL's READ COMMITTED, and the row stays locked until the transaction ends, so the next
 * decision waits for this one; SQLite runs one transaction at a time). A rollback takes the number back.
 */
export async function nextCaseNumber(tx: DbTx, prefix: string, year: number): Promise<string> {
  const key = `${prefix}/${year}`;
  const counter = await tx.decisionCounter.upsert({ where: { key }, create: { key, seq: 1 }, update: { seq: { increment: 1 } }, select: { seq: true } });
  return `${key}/${String(counter.seq).padStart(4, "0")}`;
}

/** The officer's name and position as the decision prints them. */
export async function signerOf(tx: DbTx, userId: string): Promise<{ name: string; position: string }> {
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, position: true } });
}

interface DecisionRecord {
  applicationId: string;
  caseNumber: string;
  decidedAt: Date;
  decidedById: string;
  decidedByEmail: string;
  signer: { name: string; position: string };
  parties: DecisionParties;
  justification: string[];
  notice: string[];
}

export interface RefusalRecord extends DecisionRecord {
  reason: string;
}

/** What an approval records: amounts in grosze (euro cents), areas in dm², fractions as text. */
export interface ApprovedTermsRecord {
  policyVersionId: string;
  category: string;
  categoryLabel: string;
  derivation: Derivation;
  alternatives: RateAlternatives;
  baseRateGrosze: number;
  policyRateGrosze: number;
  rateGrosze: number;
  areaDm2: number;
  startDate: CalendarDate;
  months: number;
  beforeStartDays: number;
  renovationDays: number;
  holidayMonths: number;
  vatRate: string;
  monthlyNetGrosze: number;
  monthlyVatGrosze: number;
  monthlyGrossGrosze: number;
  grantDate: CalendarDate;
  aidNominalGrosze: number;
  discounted: { discountRate: string; aidDiscountedGrosze: number } | null;
  deMinimisAid: { eurRate: string; aidEurCents: number; priorAidEurCents: number; roomAfterEurCents: number } | null;
}

export interface ApprovalRecord extends DecisionRecord {
  terms: ApprovedTermsRecord;
}

function decisionColumns(d: DecisionRecord) {
  return {
    applicationId: d.applicationId, caseNumber: d.caseNumber, decidedAt: d.decidedAt, decidedById: d.decidedById, decidedByEmail: d.decidedByEmail,
    decidedByName: d.signer.name, decidedByPosition: d.signer.position,
    parties: partiesColumn.write(d.parties),
    justification: paragraphsColumn.write(d.justification), notice: paragraphsColumn.write(d.notice),
  };
}

export async function insertRefusal(tx: DbTx, refusal: RefusalRecord): Promise<void> {
  await tx.decision.create({ data: { ...decisionColumns(refusal), outcome: "rejected", reason: refusal.reason } });
}

export async function insertApproval(tx: DbTx, approval: ApprovalRecord): Promise<void> {
  const { derivation, alternatives, discounted, deMinimisAid, ...terms } = approval.terms;
  await tx.decision.create({
    data: {
      ...decisionColumns(approval),
      outcome: "approved",
      terms: {
        create: {
          ...terms,
          derivation: derivationColumn.write(derivation),
          alternatives: alternativesColumn.write(alternatives),
          discountRate: discounted?.discountRate ?? null,
          aidDiscountedGrosze: discounted?.aidDiscountedGrosze ?? null,
          ...(deMinimisAid ? { deMinimisAid: { create: deMinimisAid } } : {}),
        },
      },
    },
  });
}

// ---- the outbox (notifications)

export interface NewNotification {
  organisationId: string;
  applicationId: string;
  kind: string;
  subject: string;
  body: string;
}

export async function insertNotification(tx: DbTx, message: NewNotification): Promise<void> {
  await tx.notification.create({ data: message });
}

/** The newest 200 messages of these organisations. */
export function notificationsOf(db: DbTx, organisationIds: string[], unreadOnly: boolean) {
  return db.notification.findMany({
    where: { organisationId: { in: organisationIds }, ...(unreadOnly ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
}

export function findNotification(db: DbTx, id: string) {
  return db.notification.findUnique({ where: { id } });
}

export function markNotificationRead(db: DbTx, id: string, at: Date) {
  return db.notification.update({ where: { id }, data: { readAt: at } });
}
