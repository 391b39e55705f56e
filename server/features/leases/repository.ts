import type { Prisma } from "@server/generated/prisma/client.ts";
import type { DbTx } from "@server/lib/db.ts";
import type { LeaseFilter } from "@shared/contracts/leases.ts";

const leaseInclude = { annexes: { orderBy: { number: "asc" } } } as const satisfies Prisma.LeaseInclude;
export type LeaseRow = Prisma.LeaseGetPayload<{ include: typeof leaseInclude }>;
export type LeaseData = Omit<Prisma.LeaseUncheckedCreateInput, "id" | "year" | "seq" | "createdAt" | "updatedAt" | "templateVersion">;

export function findLease(db: DbTx, id: string) {
  return db.lease.findUnique({ where: { id }, include: leaseInclude });
}

export function findOrganisation(db: DbTx, id: string) {
  return db.organisation.findUnique({ where: { id }, select: { id: true, name: true, nip: true, regon: true, krs: true, street: true, postalCode: true, city: true } });
}
export type OrganisationRow = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

export function findPremises(db: DbTx, id: string) {
  return db.premises.findUnique({
    where: { id },
    select: { id: true, inventoryCode: true, street: true, buildingNo: true, unitNo: true, postalCode: true, district: true, usableAreaDm2: true, status: true, uses: { select: { use: true } } },
  });
}
export type PremisesRow = NonNullable<Awaited<ReturnType<typeof findPremises>>>;

/**
 * The next readable number of the year: the counter row is created or incremented inside the
 * caller's transaction, so two creations never get the same number (and (year, seq) is unique besides).
 */
export async function nextSeq(tx: DbTx, year: number): Promise<number> {
  const counter = await tx.leaseCounter.upsert({ where: { year }, create: { year, seq: 1 }, update: { seq: { increment: 1 } } });
  return counter.seq;
}

export function insertLease(tx: DbTx, year: number, seq: number, templateVersion: number, data: LeaseData) {
  return tx.lease.create({ data: { ...data, year, seq, templateVersion }, include: leaseInclude });
}

/** Moves a lease from one status to another only if it is still in the first: false when it was not. */
export async function moveLease(tx: DbTx, id: string, from: "draft" | "signed", data: Prisma.LeaseUncheckedUpdateManyInput): Promise<boolean> {
  const { count } = await tx.lease.updateMany({ where: { id, status: from }, data });
  return count === 1;
}

/** The premises' status moves only from one of `from`: false when it is in none of them. */
export async function movePremises(tx: DbTx, id: string, from: readonly ("available" | "reserved" | "leased")[], to: "leased" | "available" | "under-renovation"): Promise<boolean> {
  const status = to === "under-renovation" ? "under_renovation" : to;
  const { count } = await tx.premises.updateMany({ where: { id, status: { in: [...from] } }, data: { status } });
  return count === 1;
}

/** Writes the premises row without changing what it says: the lock a signing takes (see signLease). */
export async function touchPremises(tx: DbTx, id: string): Promise<boolean> {
  const { count } = await tx.premises.updateMany({ where: { id }, data: { updatedAt: new Date() } });
  return count === 1;
}

/** Every lease of the premises that was ever signed (signed, ended or terminated), but one. */
export function signedLeasesOf(tx: DbTx, premisesId: string, exceptId: string) {
  return tx.lease.findMany({
    where: { premisesId, status: { in: ["signed", "ended", "terminated"] }, id: { not: exceptId } },
    select: { id: true, year: true, seq: true, status: true, startDate: true, endDate: true, terminatedOn: true, annexes: { select: { endDate: true }, orderBy: { number: "asc" } } },
  });
}

/**
 * Every lease matching the filters the database can apply (status, organisation, district), newest
 * number first; an applicant's `organisationIds` bound the result whatever `organisationId` asks.
 * The list is small (the city's leases), so the date filter, the queue order and paging are the caller's.
 */
export function findLeases(db: DbTx, filter: LeaseFilter, organisationIds: string[] | null) {
  const statuses = filter.endsWithinMonths === undefined ? filter.status : (filter.status ?? ["signed"]).filter((s) => s === "signed");
  const where: Prisma.LeaseWhereInput = {
    ...(statuses ? { status: { in: statuses } } : {}),
    ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
    ...(organisationIds ? { organisationId: { in: organisationIds, ...(filter.organisationId ? { equals: filter.organisationId } : {}) } } : {}),
    ...(filter.district?.length ? { premises: { district: { in: filter.district } } } : {}),
  };
  return db.lease.findMany({ where, include: leaseInclude, orderBy: [{ year: "desc" }, { seq: "desc" }] });
}

/** Signed leases that may have passed their end: an end date before `today`, or an annex that moves it. */
export function signedLeasesEndingBefore(db: DbTx, today: string) {
  return db.lease.findMany({
    where: { status: "signed", OR: [{ endDate: { lt: today } }, { annexes: { some: { endDate: { not: null } } } }] },
    include: leaseInclude,
  });
}

export function insertAnnex(tx: DbTx, data: Prisma.LeaseAnnexUncheckedCreateInput) {
  return tx.leaseAnnex.create({ data });
}

/** Records the deposit settlement once: false when it was already settled (or the lease changed state). */
export async function settleDeposit(tx: DbTx, id: string, data: Prisma.LeaseUncheckedUpdateManyInput): Promise<boolean> {
  const { count } = await tx.lease.updateMany({ where: { id, depositSettledOn: null, status: { in: ["signed", "ended", "terminated"] } }, data });
  return count === 1;
}

/** The lease's accepted investments in order of acceptance (date, then the moment it was recorded): what the schedule offsets. */
export function acceptedInvestmentsOf(db: DbTx, leaseId: string) {
  return db.investment.findMany({
    where: { leaseId, status: "accepted" },
    select: { id: true, title: true, acceptedOn: true, acceptedGrosze: true },
    orderBy: [{ acceptedOn: "asc" }, { acceptedAt: "asc" }, { id: "asc" }],
  });
}

/** The leases of these ids with their annexes, and their accepted investments in order of acceptance: several schedules at once. */
export function findLeasesByIds(db: DbTx, ids: string[]) {
  return db.lease.findMany({ where: { id: { in: ids } }, include: leaseInclude });
}

export function acceptedInvestmentsOfLeases(db: DbTx, leaseIds: string[]) {
  return db.investment.findMany({
    where: { leaseId: { in: leaseIds }, status: "accepted" },
    select: { id: true, leaseId: true, title: true, acceptedOn: true, acceptedGrosze: true },
    orderBy: [{ acceptedOn: "asc" }, { acceptedAt: "asc" }, { id: "asc" }],
  });
}
