import type { Prisma } from "@server/generated/prisma/client.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import type { InvestmentFilter, InvestmentStatus } from "@shared/contracts/investments.ts";
import { categoryToDb } from "./columns.ts";

const investmentInclude = {
  lease: {
    select: {
      id: true, year: true, seq: true, status: true, startDate: true, endDate: true, terminatedOn: true, offsetShare: true, remainderAtEnd: true,
      annexes: { select: { effectiveFrom: true, endDate: true, offsetShare: true }, orderBy: { number: "asc" } },
    },
  },
  organisation: { select: { id: true, name: true } },
  premises: { select: { id: true, inventoryCode: true, street: true, buildingNo: true, unitNo: true, postalCode: true, district: true } },
  files: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.InvestmentInclude;

export type InvestmentRow = Prisma.InvestmentGetPayload<{ include: typeof investmentInclude }>;
export type InvestmentData = Omit<Prisma.InvestmentUncheckedCreateInput, "id" | "createdAt" | "updatedAt">;

export function findInvestment(db: DbTx, id: string) {
  return db.investment.findUnique({ where: { id }, include: investmentInclude });
}

export function insertInvestment(tx: DbTx, data: InvestmentData) {
  return tx.investment.create({ data, include: investmentInclude });
}

/** Moves an investment on only if it is still in `from`: false when another request moved it first. */
export async function moveInvestment(tx: DbTx, id: string, from: InvestmentStatus, data: Prisma.InvestmentUncheckedUpdateManyInput): Promise<boolean> {
  const { count } = await tx.investment.updateMany({ where: { id, status: from }, data });
  return count === 1;
}

/**
 * Every investment matching the filters, newest first; an applicant's `organisationIds` bound the
 * result. The list is the city's (hundreds), so totals and paging are the caller's.
 */
export function findInvestments(db: Db, filter: InvestmentFilter, organisationIds: string[] | null) {
  const where: Prisma.InvestmentWhereInput = {
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter.category?.length ? { category: { in: filter.category.map(categoryToDb) } } : {}),
    ...(filter.district?.length ? { premises: { district: { in: filter.district } } } : {}),
    ...(filter.year !== undefined ? { year: filter.year } : {}),
    ...(filter.leaseId ? { leaseId: filter.leaseId } : {}),
    ...(organisationIds ? { organisationId: { in: organisationIds } } : {}),
  };
  return db.investment.findMany({ where, include: investmentInclude, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
}

/** The accepted investments made in a premises, for its public history. */
export function acceptedOfPremises(db: DbTx, premisesId: string) {
  return db.investment.findMany({
    where: { premisesId, status: "accepted" },
    select: { id: true, title: true, category: true, acceptedOn: true, addsFeatures: true },
    orderBy: [{ acceptedOn: "desc" }, { acceptedAt: "desc" }],
  });
}

export function premisesExists(db: DbTx, id: string) {
  return db.premises.findUnique({ where: { id }, select: { id: true } });
}

export function userName(db: DbTx, userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { name: true } });
}

/** What an accepted investment may change on its premises: the accessibility record and the condition. */
export function premisesFacts(tx: DbTx, id: string) {
  return tx.premises.findUniqueOrThrow({
    where: { id },
    select: {
      floor: true, stepFreeEntrance: true, ramp: true, lift: true, doorWidthCm: true, levelFloor: true, accessibleToilet: true,
      disabledParking: true, contrastMarkings: true, inductionLoop: true, accessibilityLevel: true, condition: true,
    },
  });
}
export type PremisesFacts = Awaited<ReturnType<typeof premisesFacts>>;

export function updatePremises(tx: DbTx, id: string, data: Prisma.PremisesUpdateInput) {
  return tx.premises.update({ where: { id }, data, select: { id: true } });
}

export async function insertNotification(tx: DbTx, message: { organisationId: string; kind: string; subject: string; body: string }): Promise<void> {
  await tx.notification.create({ data: message });
}

export function countFiles(tx: DbTx, investmentId: string): Promise<number> {
  return tx.investmentFile.count({ where: { investmentId } });
}

export function insertFile(tx: DbTx, data: Prisma.InvestmentFileUncheckedCreateInput) {
  return tx.investmentFile.create({ data });
}

export function findFile(db: DbTx, investmentId: string, fileId: string) {
  return db.investmentFile.findFirst({ where: { id: fileId, investmentId } });
}
