import type { OrganisationInput, OrganisationListQuery } from "@shared/contracts/organisations.ts";
import { searchKey } from "@shared/text.ts";
import type { DatabaseProvider, Db, DbTx } from "@server/lib/db.ts";
import { pageWindow } from "@server/lib/paging.ts";
import type { OrganisationStatus, Prisma } from "@server/generated/prisma/client.ts";
import {
  claimantSelect, declaredAidData, organisationData, organisationInclude, type OrganisationRow, summarySelect, toDb,
} from "./mapper.ts";

export async function findOrganisation(db: DbTx, id: string): Promise<OrganisationRow | null> {
  const row = await db.organisation.findUnique({ where: { id }, include: organisationInclude });
  if (!row) return null;
  const nipClaimants = await db.organisation.findMany({
    where: { nip: row.nip, id: { not: id } }, select: claimantSelect, orderBy: { createdAt: "asc" },
  });
  return { ...row, nipClaimants };
}

/** The organisation verified with this NIP, if any: it alone holds the NIP. */
export function findVerifiedHolder(db: DbTx, nip: string) {
  return db.organisation.findUnique({ where: { verifiedNip: nip }, select: { id: true, name: true } });
}

/**
 * Locks the organisations registered with this NIP until the transaction ends, one at a time in id
 * order, so two transactions that write several of them (verifying one returns the others) wait for
 * each other here instead of deadlocking halfway. PostgreSQL: SELECT ... ORDER BY ... FOR UPDATE (the
 * rows are locked after the sort, so in id order). SQLite runs one transaction at a time: nothing to lock.
 */
export async function lockNipClaimants(tx: DbTx, provider: DatabaseProvider, nip: string): Promise<void> {
  if (provider !== "postgresql") return;
  await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "nip" = ${nip} ORDER BY "id" FOR UPDATE`;
}

/** Whether the user already represents an organisation registered with this NIP (other than `exceptId`). */
export async function representsNip(db: DbTx, userId: string, nip: string, exceptId?: string): Promise<boolean> {
  const found = await db.organisation.findFirst({
    where: { nip, members: { some: { userId } }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true },
  });
  return found !== null;
}

/** The other claimants of a NIP that still wait for (or were returned from) verification. */
export function unverifiedClaimants(db: DbTx, nip: string, exceptId: string) {
  return db.organisation.findMany({
    where: { nip, id: { not: exceptId }, status: { in: ["pending_verification", "returned"] } }, select: { id: true },
  });
}

/** A page of organisations; `memberId` limits it to those the user represents. */
export async function listOrganisations(db: Db, query: OrganisationListQuery, memberId?: string) {
  const and: Prisma.OrganisationWhereInput[] = [];
  if (memberId) and.push({ members: { some: { userId: memberId } } });
  if (query.status?.length) and.push({ status: { in: query.status.map((s) => toDb<OrganisationStatus>(s)) } });
  const q = query.q ? searchKey(query.q) : "";
  if (q) and.push({ searchText: { contains: q } });
  const where = { AND: and };
  const [total, rows] = await db.$transaction([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where, select: summarySelect, orderBy: [{ name: "asc" }, { id: "asc" }],
      ...pageWindow(query),
    }),
  ]);
  const shared = await db.organisation.groupBy({
    by: ["nip"], where: { nip: { in: [...new Set(rows.map((r) => r.nip))] } }, _count: { _all: true },
  });
  const contested = new Set(shared.filter((g) => g._count._all > 1).map((g) => g.nip));
  return { total, rows: rows.map((r) => ({ ...r, nipConflict: contested.has(r.nip) })) };
}

export async function insertOrganisation(tx: DbTx, input: OrganisationInput, status: OrganisationStatus, memberId: string) {
  const { id } = await tx.organisation.create({
    data: {
      ...organisationData(input),
      status,
      declaredAid: { create: declaredAidData(input) },
      members: { create: { userId: memberId } },
    },
    select: { id: true },
  });
  return id;
}

/** Replaces the record's fields (and its declared aid) with the merged input. */
export async function updateOrganisation(
  tx: DbTx, id: string, input: OrganisationInput, status: Prisma.OrganisationUncheckedUpdateInput,
): Promise<void> {
  await tx.declaredAid.deleteMany({ where: { organisationId: id } });
  await tx.organisation.update({
    where: { id },
    data: { ...organisationData(input), ...status, declaredAid: { create: declaredAidData(input) } },
  });
}

export async function setOrganisationStatus(tx: DbTx, id: string, data: Prisma.OrganisationUncheckedUpdateInput): Promise<void> {
  await tx.organisation.update({ where: { id }, data });
}

export async function addMembership(tx: DbTx, organisationId: string, userId: string): Promise<void> {
  await tx.membership.create({ data: { organisationId, userId } });
}

// ---- invitations

export const invitationInclude = {
  organisation: { select: { name: true } },
  invitedBy: { select: { name: true } },
} as const satisfies Prisma.OrganisationInvitationInclude;

export type InvitationRow = Prisma.OrganisationInvitationGetPayload<{ include: typeof invitationInclude }>;

/** The invitation of this address to this organisation still waiting for an answer, if any. */
export function findPendingInvitation(db: DbTx, organisationId: string, email: string, now: Date) {
  return db.organisationInvitation.findFirst({
    where: { organisationId, email, status: "pending", expiresAt: { gt: now } }, include: invitationInclude,
  });
}

export function insertInvitation(db: DbTx, data: { organisationId: string; email: string; invitedById: string; expiresAt: Date }) {
  return db.organisationInvitation.create({ data: { ...data, status: "pending" }, include: invitationInclude });
}

/** Invitations addressed to this e-mail that can still be answered, newest first. */
export function pendingInvitationsFor(db: DbTx, email: string, now: Date) {
  return db.organisationInvitation.findMany({
    where: { email, status: "pending", expiresAt: { gt: now } }, include: invitationInclude, orderBy: { createdAt: "desc" },
  });
}

/** Answers a pending invitation of this address; false when there is none (answered, expired, someone else's). */
export async function answerInvitation(db: DbTx, id: string, email: string, status: "accepted" | "declined", now: Date): Promise<boolean> {
  const { count } = await db.organisationInvitation.updateMany({
    where: { id, email, status: "pending", expiresAt: { gt: now } }, data: { status, respondedAt: now },
  });
  return count === 1;
}

export function findInvitation(db: DbTx, id: string) {
  return db.organisationInvitation.findUniqueOrThrow({ where: { id }, include: invitationInclude });
}

export async function isMember(db: DbTx, organisationId: string, userId: string): Promise<boolean> {
  return (await db.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } }, select: { userId: true } })) !== null;
}
