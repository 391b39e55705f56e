import type { OrganisationInput, OrganisationListQuery } from "@shared/contracts/organisations.ts";
import { searchKey } from "@shared/text.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { pageWindow } from "@server/lib/paging.ts";
import type { OrganisationStatus, Prisma } from "@server/generated/prisma/client.ts";
import { declaredAidData, organisationData, organisationInclude, summarySelect, toDb } from "./mapper.ts";

export function findOrganisation(db: DbTx, id: string) {
  return db.organisation.findUnique({ where: { id }, include: organisationInclude });
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
  return { total, rows };
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
