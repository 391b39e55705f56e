import { OrganisationDetail } from "@shared/contracts/organisations.ts";
import { request } from "@client/lib/api/request.ts";

/** What a change to an organisation makes stale: the organisations, their audit trail. */
export const ORGANISATION_RESOURCES = ["/api/organisations", "/api/audit"] as const;

/** A change to an organisation, answered with the organisation as it now is. */
export function changeOrganisation(method: "POST" | "PATCH", url: string, json?: unknown): Promise<OrganisationDetail> {
  return request(url, { method, json, schema: OrganisationDetail });
}
