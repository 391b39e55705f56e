import { PremisesId } from "@shared/contracts/premises.ts";
import { FileId, PremisesFileInfo, PremisesFileList, UploadFields } from "@shared/contracts/premises-register.ts";
import type { Request, Response } from "express";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import type { ApiRouter } from "@server/lib/route.ts";
import { can } from "@server/lib/authorization.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { deleteUpload, storeUpload, toFileInfo } from "./files/service.ts";
import { fileStorage, premisesFileKey, type FileStorage } from "./files/storage.ts";
import { thumbnailOf } from "./files/thumbnails.ts";
import { receiveFile } from "./receive.ts";
import { findFileWithStatus, listFileRows, premisesStatus } from "./repository.ts";

const tags = ["premises register"];

/** The public sees the files of published premises; a withdrawn one's only the staff who keep the register. */
const visible = (status: string | null, actor: Actor | null) => status !== null && (status !== "withdrawn" || can(actor, "premises:upload"));

/** For user files: no scripts, plugins, forms or same-origin access, whatever the bytes turn out to be. */
export const USER_FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** RFC 6266/8187: a UTF-8 file name that survives every browser, with an ASCII fallback. */
export function disposition(type: "inline" | "attachment", name: string): string {
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L").replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Sends a stored user file: 404 (and a line in the log) when its bytes are missing from the storage, else the
 * bytes with headers that keep them inert (opened on its own, a user's file is a sandboxed document that
 * runs nothing, and a PDF is only ever downloaded) and the caller's caching headers; 304 when those
 * headers make the request fresh.
 */
export async function sendUserFile(
  ctx: Pick<AppContext, "log">, req: Request, res: Response, storage: FileStorage, key: string,
  row: { id: string; mime: string; originalName: string }, owner: string, caching: Record<string, string>,
): Promise<void> {
  const size = await storage.size(key);
  if (size === null) {
    ctx.log(`File ${row.id} ${owner} is missing from the ${storage.driver} storage: ${key}`);
    throw AppError.notFound("Nie ma takiego pliku.");
  }
  res.set({
    "Content-Type": row.mime,
    "Content-Length": String(size),
    "Content-Disposition": disposition(row.mime === "application/pdf" ? "attachment" : "inline", row.originalName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": USER_FILE_CSP,
    ...caching,
  });
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const stream = await storage.get(key);
  if (!stream) throw AppError.notFound("Nie ma takiego pliku.");
  await new Promise<void>((resolve, reject) => {
    stream.on("error", reject).pipe(res).on("finish", resolve).on("error", reject);
  });
}

export function fileRoutes(api: ApiRouter, ctx: AppContext): void {
  const storage = fileStorage(ctx);
  api.route({
    method: "post", path: "/premises/{id}/files", tags, authorize: "premises:upload",
    summary: "Upload a photo (JPEG, PNG, WebP; 10 MB, 10 per premises) or a floor plan (also PDF; 20 MB, 3 per premises) "
      + "as multipart/form-data with the fields `kind` (photo|plan) and `file`; the type is read from the content, "
      + "an image is re-encoded without its metadata (at most 40 million pixels)",
    params: PremisesId,
    body: UploadFields,
    receive: { contentType: "multipart/form-data", read: receiveFile, files: ["file"] },
    responses: {
      201: { description: "Stored", schema: PremisesFileInfo },
      404: { description: "No premises with this id" },
      409: { description: "The premises already has as many files of this kind as allowed" },
      413: { description: "The file is too large for its kind" },
      415: { description: "The content is not an allowed type (whatever its name says)" },
      422: { description: "An image over 40 million pixels (checked from its header, before decoding) or one that cannot be decoded" },
    },
  }, async ({ params, body: { kind, alt }, actor }, req, res) => {
    if (!req.file) throw AppError.validation([{ field: "file", code: "file.required" }]);
    const info = await storeUpload(ctx.db, storage, actor, {
      premisesId: params.id, kind, bytes: req.file.buffer, originalName: req.file.originalname, alt,
    });
    res.status(201).location(info.url);
    return info;
  });

  api.route({
    method: "get", path: "/premises/{id}/files", tags, authorize: "premises:read-public",
    summary: "The photos and floor plans of a premises, with the alt text the officer wrote (a withdrawn premises' only for the staff)",
    params: PremisesId,
    responses: { 200: { description: "Files, photos first, oldest first", schema: PremisesFileList }, 404: { description: "No premises with this id" } },
  }, async ({ params, actor }) => {
    if (!visible(await premisesStatus(ctx.db, params.id), actor)) throw AppError.notFound("Nie ma lokalu o takim identyfikatorze.");
    return { items: (await listFileRows(ctx.db, params.id)).map(toFileInfo) } satisfies PremisesFileList;
  });

  api.route({
    method: "get", path: "/files/{fileId}", tags, authorize: "premises:read-public",
    summary: "The bytes of a photo or plan, with the type read from its content when it was uploaded; only of a published premises, except for the staff",
    params: FileId,
    responses: { 200: { description: "The file", contentType: "application/octet-stream" }, 304: { description: "Unchanged" }, 404: { description: "No such file" } },
  }, async ({ params, actor }, req, res) => {
    const row = await findFileWithStatus(ctx.db, params.fileId);
    if (!row || !visible(row.premises.status, actor)) throw AppError.notFound("Nie ma takiego pliku.");
    const published = row.premises.status !== "withdrawn";
    // A file id never gets other bytes: cache for good, revalidate by its hash.
    await sendUserFile(ctx, req, res, storage, premisesFileKey(row), row, `of premises ${row.premisesId}`,
      { "Cache-Control": published ? "public, max-age=31536000, immutable" : "private, no-cache", ETag: `"${row.sha256}"` });
  });

  api.route({
    method: "get", path: "/files/{fileId}/thumbnail", tags, authorize: "premises:read-public",
    summary: "A photo made small (WebP, 480 × 360, cropped) for the catalogue list and the map's popup; only of a published premises, except for the staff",
    params: FileId,
    responses: { 200: { description: "The thumbnail", contentType: "image/webp" }, 304: { description: "Unchanged" }, 404: { description: "No such photo" } },
  }, async ({ params, actor }, req, res) => {
    const row = await findFileWithStatus(ctx.db, params.fileId);
    if (!row || row.kind !== "photo" || !visible(row.premises.status, actor)) throw AppError.notFound("Nie ma takiego pliku.");
    res.set({
      "Cache-Control": row.premises.status !== "withdrawn" ? "public, max-age=31536000, immutable" : "private, no-cache",
      ETag: `"${row.sha256}-thumbnail"`, "X-Content-Type-Options": "nosniff", "Content-Security-Policy": USER_FILE_CSP,
    });
    if (req.fresh) return void res.status(304).end();
    const thumbnail = await thumbnailOf(row.sha256, () => storage.get(premisesFileKey(row)));
    if (!thumbnail) throw AppError.notFound("Nie ma takiego pliku.");
    res.type("image/webp").send(thumbnail);
  });

  api.route({
    method: "delete", path: "/files/{fileId}", tags, authorize: "premises:upload",
    summary: "Delete a photo or plan",
    params: FileId,
    responses: { 204: { description: "Deleted" }, 404: { description: "No such file" } },
  }, async ({ params, actor }, _req, res) => {
    await deleteUpload(ctx.db, storage, actor, params.fileId);
    res.status(204).end();
  });
}
