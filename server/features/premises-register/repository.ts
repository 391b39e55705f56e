import { randomUUID } from "node:crypto";
import type { PremisesDetail, PremisesInput } from "@shared/contracts/premises.ts";
import type { FileKind } from "@shared/contracts/premises-register.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { premisesData, toDetail } from "@server/features/premises/index.ts";

const withUses = { uses: { select: { use: true } } } as const;
const usesOf = (input: PremisesInput) => [...new Set(input.allowedUses)].map((use) => ({ use }));

export function createPremisesRow(tx: DbTx, input: PremisesInput) {
  return tx.premises.create({
    data: { id: randomUUID(), ...premisesData(input), uses: { create: usesOf(input) } },
    include: withUses,
  });
}

/** Replaces every field; with `expectedUpdatedAt`, only if nobody saved the premises in between. */
export async function replacePremisesRow(tx: DbTx, id: string, input: PremisesInput, expectedUpdatedAt?: Date): Promise<boolean> {
  const { count } = await tx.premises.updateMany({
    where: { id, ...(expectedUpdatedAt ? { updatedAt: expectedUpdatedAt } : {}) },
    data: premisesData(input),
  });
  if (count === 0) return false;
  await tx.premisesUse.deleteMany({ where: { premisesId: id } });
  await tx.premisesUse.createMany({ data: usesOf(input).map((u) => ({ premisesId: id, ...u })) });
  return true;
}

export function setWithdrawn(tx: DbTx, id: string) {
  return tx.premises.update({ where: { id }, data: { status: "withdrawn" }, include: withUses });
}

/** Which of these inventory codes the register already has. */
export async function existingCodes(db: DbTx, codes: string[], chunkSize = 500): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < codes.length; i += chunkSize) {
    const rows = await db.premises.findMany({ where: { inventoryCode: { in: codes.slice(i, i + chunkSize) } }, select: { inventoryCode: true } });
    for (const row of rows) found.add(row.inventoryCode);
  }
  return found;
}

/**
 * The whole register, every status, in inventory-code order, a page at a time (exports): keyset pages
 * (inventoryCode > the last one sent, on its unique index), each a short read that leaves the event
 * loop to other requests in between.
 */
export async function* allPremises(db: Db, batchSize = 100) {
  let after: string | undefined;
  for (;;) {
    const rows = await db.premises.findMany({
      include: withUses,
      orderBy: { inventoryCode: "asc" },
      take: batchSize,
      ...(after === undefined ? {} : { where: { inventoryCode: { gt: after } } }),
    });
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.inventoryCode;
  }
}

export interface NewFile {
  id: string;
  premisesId: string;
  kind: FileKind;
  mime: string;
  size: number;
  originalName: string;
  alt: string;
  sha256: string;
  createdById: string | null;
}

export const createFileRow = (tx: DbTx, file: NewFile) => tx.premisesFile.create({ data: file });
export const findFileRow = (db: DbTx, id: string) => db.premisesFile.findUnique({ where: { id } });
/** A file with its premises' status: the public sees only the files of published premises. */
export const findFileWithStatus = (db: DbTx, id: string) =>
  db.premisesFile.findUnique({ where: { id }, include: { premises: { select: { status: true } } } });
/** The premises' status, or null when there is no such premises. */
export const premisesStatus = async (db: DbTx, id: string) => (await db.premises.findUnique({ where: { id }, select: { status: true } }))?.status ?? null;
export const updateFileAlt = (tx: DbTx, id: string, alt: string) => tx.premisesFile.update({ where: { id }, data: { alt } });
export const deleteFileRow = (tx: DbTx, id: string) => tx.premisesFile.delete({ where: { id } });
export const countFiles = (db: DbTx, premisesId: string, kind: FileKind) => db.premisesFile.count({ where: { premisesId, kind } });
export const listFileRows = (db: DbTx, premisesId: string) =>
  db.premisesFile.findMany({ where: { premisesId }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }, { id: "asc" }] });

/** The premises of these inventory codes, as the register shows them (the import's updates compare with them). */
export async function premisesByCodes(db: DbTx, codes: string[], chunkSize = 500): Promise<Map<string, PremisesDetail>> {
  const found = new Map<string, PremisesDetail>();
  for (let i = 0; i < codes.length; i += chunkSize) {
    const rows = await db.premises.findMany({ where: { inventoryCode: { in: codes.slice(i, i + chunkSize) } }, include: withUses });
    for (const row of rows) found.set(row.inventoryCode, toDetail(row));
  }
  return found;
}
