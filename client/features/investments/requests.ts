import { Investment, InvestmentFileInfo, type InvestmentFileKind } from "@shared/contracts/investments.ts";
import { request } from "@client/lib/api/request.ts";

/**
 * What a step of an investment makes stale: the investments, the lease's schedule (offsets), the
 * premises (an accepted accessibility investment changes its level) and the audit trail.
 */
export const INVESTMENT_RESOURCES = ["/api/investments", "/api/leases", "/api/premises", "/api/audit"] as const;

const investmentUrl = (id: string) => `/api/investments/${encodeURIComponent(id)}`;

export const investmentApi = {
  one: investmentUrl,
  /** The tenant's proposal under its lease (POST). */
  propose: (leaseId: string) => `/api/leases/${encodeURIComponent(leaseId)}/investments`,
  ofLease: (leaseId: string) => `/api/investments?leaseId=${encodeURIComponent(leaseId)}&pageSize=100`,
  consentPdf: (id: string) => `${investmentUrl(id)}/consent.pdf`,
  settlementPdf: (id: string) => `${investmentUrl(id)}/settlement.pdf`,
};

/** A step of an investment (POST), answered with the investment as it now is. */
export function changeInvestment(url: string, json: unknown): Promise<Investment> {
  return request(url, { method: "POST", json, schema: Investment });
}

/** A photo or scan of the works (POST /api/investments/{id}/files, multipart: kind and file). */
export function uploadInvestmentFile(investmentId: string, kind: InvestmentFileKind, file: File): Promise<InvestmentFileInfo> {
  const body = new FormData();
  body.append("kind", kind);
  body.append("file", file);
  return request(`${investmentUrl(investmentId)}/files`, { method: "POST", body, schema: InvestmentFileInfo });
}
