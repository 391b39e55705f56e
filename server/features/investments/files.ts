import { createHash, randomUUID } from "node:crypto";
import { INVESTMENT_FILE_LIMITS, MAX_INVESTMENT_FILES, type InvestmentFileInfo, type InvestmentFileKind } from "@shared/contracts/investments.ts";
import { cleanFileName, isImage, reencodeImage, sniff, type FileStorage } from "@server/features/premises-register/index.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize } from "@server/lib/authorization.ts";
import { fieldConflict } from "@server/lib/conflicts.ts";
import type { Db } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { toFileInfo } from "./mapper.ts";
import { countFiles, findFile, findInvestment, insertFile } from "./repository.ts";

// Photos of the works and scans of invoices and protocols, checked as the register's uploads are
// (type from the bytes, images re-encoded to pixels only, a safe name), added by the tenant between
// the consent and the acceptance.

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf" };

/** The storage key investments/<investment id>/<file id>.<ext> (on disk under DATA_DIR/uploads). */
export function investmentFileKey(file: { id: string; investmentId: string; mime: string }): string {
  return `investments/${file.investmentId}/${file.id}.${EXTENSIONS[file.mime] ?? "bin"}`;
}

const tooBig = (kind: InvestmentFileKind) => new AppError(413, "file-too-big", "Plik jest za duży", undefined, [{ field: "file", code: `file.tooBig.${kind === "photo" ? "photo" : "scan"}` }]);

export async function storeInvestmentFile(
  db: Db, storage: FileStorage, actor: Actor, id: string, upload: { kind: InvestmentFileKind; bytes: Buffer; originalName: string },
): Promise<InvestmentFileInfo> {
  const investment = await findInvestment(db, id);
  if (!investment) {
    authorize(actor, "investment:list");
    throw AppError.notFound("Nie ma nakładu o takim identyfikatorze.");
  }
  authorize(actor, "investment:complete", investment.organisationId);
  const open = (status: string) => status === "consented" || status === "completed";
  if (!open(investment.status)) throw fieldConflict("investment-files-closed", "status", "investment.filesClosed");
  const limits = INVESTMENT_FILE_LIMITS[upload.kind];
  if (upload.bytes.length > limits.maxBytes) throw tooBig(upload.kind);
  const sniffed = sniff(upload.bytes);
  if (!sniffed || !(limits.accept as readonly string[]).includes(sniffed.mime)) {
    throw new AppError(415, "file-type", "Nieobsługiwany rodzaj pliku", undefined, [{ field: "file", code: `file.type.${upload.kind}` }]);
  }
  const stored = isImage(sniffed.mime) ? await reencodeImage(upload.bytes, sniffed.mime) : upload.bytes;
  const file = {
    id: randomUUID(), investmentId: id, kind: upload.kind, mime: sniffed.mime, size: stored.length,
    originalName: cleanFileName(upload.originalName, sniffed.ext), sha256: createHash("sha256").update(stored).digest("hex"), createdById: actor.userId,
  };
  const key = investmentFileKey(file);
  await storage.put(key, stored);
  try {
    return await db.$transaction(async (tx) => {
      // Read again inside the transaction: an acceptance that got in first closes the record.
      const now = await findInvestment(tx, id);
      if (!now || !open(now.status)) throw fieldConflict("investment-files-closed", "status", "investment.filesClosed");
      if ((await countFiles(tx, id)) >= MAX_INVESTMENT_FILES) {
        throw new AppError(409, "too-many-files", "Za dużo plików", undefined, [{ field: "file", code: "file.tooMany.investment" }]);
      }
      const info = toFileInfo(await insertFile(tx, file));
      await recordAudit(tx, { actor, entity: "investment", entityId: id, action: "file-upload", after: info });
      return info;
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}

/** A file of an investment the actor may read (404 for another organisation's, or no such file). */
export async function readableFile(db: Db, actor: Actor, id: string, fileId: string) {
  const investment = await findInvestment(db, id);
  if (!investment) {
    authorize(actor, "investment:list");
    throw AppError.notFound("Nie ma nakładu o takim identyfikatorze.");
  }
  authorize(actor, "investment:read", investment.organisationId);
  const file = await findFile(db, id, fileId);
  if (!file) throw AppError.notFound("Nie ma takiego pliku.");
  return file;
}
