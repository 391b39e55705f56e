import type { DbTx } from "@server/lib/db.ts";

// The StoredFile table of the database file storage (./storage.ts).

export async function insertStoredFile(db: DbTx, key: string, bytes: Uint8Array): Promise<void> {
  await db.storedFile.create({ data: { key, bytes: Uint8Array.from(bytes), size: bytes.length } });
}

export async function storedFileSize(db: DbTx, key: string): Promise<number | null> {
  return (await db.storedFile.findUnique({ where: { key }, select: { size: true } }))?.size ?? null;
}

export async function readStoredFile(db: DbTx, key: string): Promise<Buffer | null> {
  const row = await db.storedFile.findUnique({ where: { key }, select: { bytes: true } });
  return row ? Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) : null;
}

export async function deleteStoredFile(db: DbTx, key: string): Promise<void> {
  await db.storedFile.deleteMany({ where: { key } });
}
