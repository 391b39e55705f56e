import { PremisesDetail } from "@shared/contracts/premises.ts";
import { ImportReport, PremisesFileInfo, type FileKind, type ImportMode, type PremisesWrite } from "@shared/contracts/premises-register.ts";
import { ApiError } from "@client/lib/api/api-error.ts";
import { request } from "@client/lib/api/request.ts";

/** What a change to the register makes stale: the register, the public catalogue and map, the audit trail. */
export const REGISTER_RESOURCES = ["/api/premises", "/api/audit"] as const;

export function createPremises(input: PremisesWrite): Promise<PremisesDetail> {
  return request("/api/premises", { method: "POST", json: input, schema: PremisesDetail });
}

/** Saves an edit unless someone else saved the premises since `premises` was loaded (412). */
export function updatePremises(premises: PremisesDetail, input: PremisesWrite): Promise<PremisesDetail> {
  return request(`/api/premises/${premises.id}`, {
    method: "PUT", json: input, headers: { "If-Match": `"${premises.updatedAt}"` }, schema: PremisesDetail,
  });
}

export function withdrawPremises(id: string, reason: string): Promise<PremisesDetail> {
  return request(`/api/premises/${id}/withdraw`, { method: "POST", json: { reason }, schema: PremisesDetail });
}

export function uploadFile(premisesId: string, kind: FileKind, file: File, alt: string): Promise<PremisesFileInfo> {
  const body = new FormData();
  body.append("kind", kind);
  body.append("alt", alt);
  body.append("file", file);
  return request(`/api/premises/${premisesId}/files`, { method: "POST", body, schema: PremisesFileInfo });
}

export async function deleteFile(id: string): Promise<void> {
  await request(`/api/files/${id}`, { method: "DELETE" });
}

/**
 * A dry run answers with the report; so does a refused import (422), whose problem document carries
 * the same report, lines and all: both come back as a report to show.
 */
export async function importCsv(file: File, dryRun: boolean, mode: ImportMode = "add"): Promise<ImportReport> {
  try {
    return await request(`/api/premises/import?dryRun=${dryRun}&mode=${mode}`, {
      method: "POST", body: file, headers: { "Content-Type": "text/csv" }, schema: ImportReport,
    });
  } catch (error) {
    const report = error instanceof ApiError && error.status === 422 ? ImportReport.safeParse(error.body) : null;
    if (report?.success) return report.data;
    throw error;
  }
}
