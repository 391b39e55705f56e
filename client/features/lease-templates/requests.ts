import { LeaseTemplate, type LeaseTemplateCreate } from "@shared/contracts/lease-templates.ts";
import { request } from "@client/lib/api/request.ts";

export const TEMPLATES_URL = "/api/lease-templates";

/** A sample lease printed from a version (GET /api/lease-templates/{version}/preview.pdf, admin). */
export const previewUrl = (version: number) => `${TEMPLATES_URL}/${version}/preview.pdf`;

/** Adds a version (never edits one): answered with the new version. */
export function addTemplateVersion(body: LeaseTemplateCreate): Promise<LeaseTemplate> {
  return request(TEMPLATES_URL, { method: "POST", json: body, schema: LeaseTemplate });
}
