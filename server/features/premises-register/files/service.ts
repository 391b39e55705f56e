import { createHash, randomUUID } from "node:crypto";
import { FILE_LIMITS, type FileKind, type PremisesFileInfo } from "@shared/contracts/premises-register.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Db } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import type { PremisesFile } from "@server/generated/prisma/client.ts";
import { premisesExists } from "@server/features/premises/index.ts";
import { tooBig } from "@server/features/premises-register/receive.ts";
import { countFiles, createFileRow, deleteFileRow, findFileRow } from "@server/features/premises-register/repository.ts";
import { isImage, reencodeImage } from "./images.ts";
import { sniff } from "./sniff.ts";
import { cleanFileName, premisesFileKey, type FileStorage } from "./storage.ts";

export function toFileInfo(row: PremisesFile): PremisesFileInfo {
  return {
    id: row.id, premisesId: row.premisesId, kind: row.kind, mime: row.mime, size: row.size,
    originalName: row.originalName, alt: row.alt, sha256: row.sha256, createdAt: row.createdAt.toISOString(),
    url: `/api/files/${row.id}`,
  };
}

export interface Upload {
  premisesId: string;
  kind: FileKind;
  bytes: Buffer;
  originalName: string;
  alt: string;
}

/**
 * Stores a photo or a floor plan: the type comes from the bytes, the size and count are checked per
 * kind, an image is re-encoded (./images.ts), the bytes go to the file storage first and the row (with its audit event) after; a failed
 * transaction removes the bytes again, so there is never a row without a file.
 */
export async function storeUpload(db: Db, storage: FileStorage, actor: Actor, upload: Upload): Promise<PremisesFileInfo> {
  const limits = FILE_LIMITS[upload.kind];
  if (upload.bytes.length > limits.maxBytes) throw tooBig(upload.kind);
  const sniffed = sniff(upload.bytes);
  if (!sniffed || !(limits.accept as readonly string[]).includes(sniffed.mime)) {
    throw new AppError(415, "file-type", "Nieobsługiwany rodzaj pliku", undefined, [{ field: "file", code: `file.type.${upload.kind}` }]);
  }
  if (!(await premisesExists(db, upload.premisesId))) throw AppError.notFound("Nie ma lokalu o takim identyfikatorze.");
  // A photo or an image plan is stored as re-encoded pixels only (no metadata, no polyglot); a PDF as sent.
  const stored = isImage(sniffed.mime) ? await reencodeImage(upload.bytes, sniffed.mime) : upload.bytes;

  const file = {
    id: randomUUID(), premisesId: upload.premisesId, kind: upload.kind, mime: sniffed.mime, size: stored.length,
    originalName: cleanFileName(upload.originalName, sniffed.ext), alt: upload.alt,
    sha256: createHash("sha256").update(stored).digest("hex"), createdById: actor.userId,
  };
  const key = premisesFileKey(file);
  await storage.put(key, stored);
  try {
    return await db.$transaction(async (tx) => {
      if ((await countFiles(tx, file.premisesId, file.kind)) >= limits.maxCount) {
        throw new AppError(409, "too-many-files", "Za dużo plików", undefined, [{ field: "file", code: `file.tooMany.${file.kind}` }]);
      }
      const info = toFileInfo(await createFileRow(tx, file));
      await recordAudit(tx, { actor, entity: "premises", entityId: file.premisesId, action: "file-upload", after: info });
      return info;
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}

export async function deleteUpload(db: Db, storage: FileStorage, actor: Actor, fileId: string): Promise<void> {
  const row = await db.$transaction(async (tx) => {
    const found = await findFileRow(tx, fileId);
    if (!found) throw AppError.notFound("Nie ma takiego pliku.");
    await deleteFileRow(tx, fileId);
    await recordAudit(tx, { actor, entity: "premises", entityId: found.premisesId, action: "file-delete", before: toFileInfo(found) });
    return found;
  });
  await storage.delete(premisesFileKey(row));
}
