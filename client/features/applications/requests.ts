import { ApplicationDetail } from "@shared/contracts/applications.ts";
import { request } from "@client/lib/api/request.ts";

/**
 * What a change to an application makes stale: the applications and their messages; a decision also
 * reserves the premises and grants aid to the organisation; all of it is in the audit trail.
 */
export const APPLICATION_RESOURCES = ["/api/applications", "/api/notifications", "/api/premises", "/api/organisations", "/api/audit"] as const;

/** A change to an application, answered with the application as it now is. */
export function changeApplication(method: "POST" | "PUT", url: string, json?: unknown): Promise<ApplicationDetail> {
  return request(url, { method, json, schema: ApplicationDetail });
}
