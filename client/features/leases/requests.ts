import { Lease } from "@shared/contracts/leases.ts";
import { request } from "@client/lib/api/request.ts";

/**
 * What a change to a lease makes stale: the leases (and their schedules); creating one from an
 * application touches the application, signing and terminating the premises; all is in the audit trail.
 */
export const LEASE_RESOURCES = ["/api/leases", "/api/applications", "/api/premises", "/api/audit"] as const;

const leaseUrl = (id: string) => `/api/leases/${encodeURIComponent(id)}`;

export const leaseApi = {
  one: leaseUrl,
  schedule: (id: string) => `${leaseUrl(id)}/schedule`,
  /** The lease agreement as PDF (GET /api/leases/{id}/document.pdf). */
  document: (id: string) => `${leaseUrl(id)}/document.pdf`,
};

/** A change to a lease (POST), answered with the lease as it now is. */
export function changeLease(url: string, json: unknown): Promise<Lease> {
  return request(url, { method: "POST", json, schema: Lease });
}
