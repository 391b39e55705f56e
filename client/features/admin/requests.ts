import { z } from "zod";
import { Account, type AccountCreate, type StaffRole } from "@shared/contracts/accounts.ts";
import { PolicyPreview } from "@shared/contracts/policy-preview.ts";
import { PriceIndex } from "@shared/contracts/price-indices.ts";
import { DiscountRateInput, type RatePolicyInput, RatePolicyVersion } from "@shared/contracts/rate-policy.ts";
import { request } from "@client/lib/api/request.ts";

export const POLICIES_URL = "/api/rate-policies";
export const DISCOUNT_RATES_URL = "/api/discount-rates";
export const PRICE_INDICES_URL = "/api/price-indices";
export const ACCOUNTS_URL = "/api/accounts";

export const DiscountRateList = z.array(DiscountRateInput);
export const PriceIndexList = z.array(PriceIndex);
export const PolicyList = z.array(RatePolicyVersion);

export function previewPolicy(draft: RatePolicyInput): Promise<PolicyPreview> {
  return request(`${POLICIES_URL}/preview`, { method: "POST", json: draft, schema: PolicyPreview });
}

/** Corrects a version no decision cites yet (409 once one does). */
export function correctPolicy({ id, draft }: { id: string; draft: RatePolicyInput }): Promise<RatePolicyVersion> {
  return request(`${POLICIES_URL}/${id}`, { method: "PUT", json: draft, schema: RatePolicyVersion });
}

export function adoptPolicy(draft: RatePolicyInput): Promise<RatePolicyVersion> {
  return request(POLICIES_URL, { method: "POST", json: draft, schema: RatePolicyVersion });
}

/** Adds the rate from a date, or corrects the one already there. */
export function saveDiscountRate({ entry, exists }: { entry: DiscountRateInput; exists: boolean }): Promise<DiscountRateInput> {
  const { from, ...rates } = entry;
  return exists
    ? request(`${DISCOUNT_RATES_URL}/${from}`, { method: "PUT", json: rates, schema: DiscountRateInput })
    : request(DISCOUNT_RATES_URL, { method: "POST", json: entry, schema: DiscountRateInput });
}

/** Adds (201) or corrects (200) a year's CPI. */
export function savePriceIndex({ year, cpi }: { year: string; cpi: string }): Promise<PriceIndex> {
  return request(`${PRICE_INDICES_URL}/${encodeURIComponent(year)}`, { method: "PUT", json: { cpi }, schema: PriceIndex });
}

export function createAccount(body: AccountCreate): Promise<Account> {
  return request(ACCOUNTS_URL, { method: "POST", json: body, schema: Account });
}

export function changeRole({ id, role }: { id: string; role: StaffRole }): Promise<Account> {
  return request(`${ACCOUNTS_URL}/${id}/role`, { method: "PUT", json: { role }, schema: Account });
}

export function setActive({ id, active }: { id: string; active: boolean }): Promise<Account> {
  return request(`${ACCOUNTS_URL}/${id}/${active ? "reactivate" : "deactivate"}`, { method: "POST", schema: Account });
}
