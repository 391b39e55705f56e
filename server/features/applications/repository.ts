import type { ApplicationFields, ApplicationListQuery, ApplicationStatus } from "@shared/contracts/applications.ts";
import type { z } from "zod";
import type { Prisma } from "@server/generated/prisma/client.ts";
import type { Db, DbTx } from "@server/lib/db.ts";

type Fields = z.output<typeof ApplicationFields>;

export const applicationInclude = {
  fitOut: { orderBy: { position: "asc" } },
  decision: { include: { policyVersion: { select: { id: true, name: true, effectiveFrom: true, isExample: true } } } },
} as const satisfies Prisma.ApplicationInclude;
export type ApplicationRow = Prisma.ApplicationGetPayload<{ include: typeof applicationInclude }>;

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

export function findApplication(db: DbTx, id: string) {
  return db.application.findUnique({ where: { id }, include: applicationInclude });
}

export function findPremises(db: DbTx, id: string) {
  return db.premises.findUnique({ where: { id }, select: premisesSelect });
}

export function findOrganisation(db: DbTx, id: string) {
  return db.organisation.findUnique({ where: { id }, select: organisationSelect });
}

export async function premisesByIds(db: DbTx, ids: string[]): Promise<Map<string, PremisesRow>> {
  const rows = await db.premises.findMany({ where: { id: { in: [...new Set(ids)] } }, select: premisesSelect });
  return new Map(rows.map((r) => [r.id, r]));
}

export async function organisationsByIds(db: DbTx, ids: string[]): Promise<Map<string, OrganisationRow>> {
  const rows = await db.organisation.findMany({ where: { id: { in: [...new Set(ids)] } }, select: organisationSelect });
  return new Map(rows.map((r) => [r.id, r]));
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

export async function insertApplication(db: DbTx, organisationId: string, createdById: string, input: Fields): Promise<string> {
  const row = await db.application.create({
    data: { organisationId, createdById, status: "draft", ...columns(input), fitOut: { create: fitOutRows(input) } },
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
  db: DbTx, id: string, from: ApplicationStatus[], data: Prisma.ApplicationUpdateManyMutationInput & { status: ApplicationStatus },
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
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
  ]);
  return { total, rows };
}

/**
 * De minimis aid received in the three years before the grant date, in euro cents: what the
 * organisation declared from other grantors plus what decisions in this system granted.
 */
export async function priorAidEurCents(db: DbTx, organisationId: string, grantDate: string): Promise<number> {
  const [year, rest] = [Number(grantDate.slice(0, 4)), grantDate.slice(4)];
  const windowStart = `${String(year - 3).padStart(4, "0")}${rest}`;
  const window = { gt: windowStart, lte: grantDate };
  const [declared, granted] = await Promise.all([
    db.declaredAid.aggregate({ where: { organisationId, grantedOn: window }, _sum: { amountEurCents: true } }),
    db.decision.aggregate({
      where: { outcome: "approved", deMinimis: true, grantDate: window, application: { organisationId } },
      _sum: { aidEurCents: true },
    }),
  ]);
  return (declared._sum.amountEurCents ?? 0) + (granted._sum.aidEurCents ?? 0);
}
