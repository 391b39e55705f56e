import type { z } from "zod";
import { PremisesDetail } from "@shared/contracts/premises.ts";
import { ImportReport, PremisesFileInfo, type FileKind, type PremisesWrite } from "@shared/contracts/premises-register.ts";
import { ApiError } from "@client/lib/api/api-error.ts";
import { csrfHeaders } from "@client/lib/api/fetcher.ts";
import { lang } from "@client/lib/i18n/index.ts";

/** The register's requests that the shared JSON fetcher does not cover: If-Match, files, CSV. */
async function send<S extends z.ZodType>(method: "POST" | "PUT", url: string, body: BodyInit, headers: Record<string, string>, schema: S): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(url, { method, body, headers: { Accept: "application/json", "Accept-Language": lang, ...csrfHeaders(), ...headers } });
  } catch {
    throw ApiError.network();
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiError.fromResponse(response.status, answer);
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw ApiError.unexpected(response.status);
  return parsed.data;
}

/** Saves an edit unless someone else saved the premises since `premises` was loaded (412). */
export function updatePremises(premises: PremisesDetail, input: PremisesWrite): Promise<PremisesDetail> {
  return send("PUT", `/api/premises/${premises.id}`, JSON.stringify(input),
    { "Content-Type": "application/json", "If-Match": `"${premises.updatedAt}"` }, PremisesDetail);
}

export function uploadFile(premisesId: string, kind: FileKind, file: File): Promise<PremisesFileInfo> {
  const body = new FormData();
  body.append("kind", kind);
  body.append("file", file);
  return send("POST", `/api/premises/${premisesId}/files`, body, {}, PremisesFileInfo);
}

/**
 * A dry run answers with the report; so does a refused import (422), whose problem document carries
 * the same report, lines and all: both come back as a report to show.
 */
export async function importCsv(file: File, dryRun: boolean): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(`/api/premises/import?dryRun=${dryRun}`, {
      method: "POST", body: file, headers: { Accept: "application/json", "Accept-Language": lang, "Content-Type": "text/csv", ...csrfHeaders() },
    });
  } catch {
    throw ApiError.network();
  }
  const answer: unknown = await response.json().catch(() => undefined);
  const report = ImportReport.safeParse(answer);
  if (report.success && (response.ok || response.status === 422)) return report.data;
  throw response.ok ? ApiError.unexpected(response.status) : ApiError.fromResponse(response.status, answer);
}
