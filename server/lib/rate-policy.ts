import { RatePolicyRules } from "@shared/contracts/rate-policy.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { discountRateOn, type DiscountRateEntry } from "@shared/domain/de-minimis.ts";
import type { RatePolicy } from "@shared/domain/rate-policy.ts";
import type { RatePolicyVersion } from "@server/generated/prisma/client.ts";
import type { DbTx } from "./db.ts";

// Reading the rate policy and the discount rates, for the features that apply them (the quote,
// the decision). Only the rate-policy feature writes them.

/** The stored version as the domain type; the rules are parsed again, so a bad row fails loudly. */
export function toRatePolicy(row: RatePolicyVersion): RatePolicy {
  const rules = RatePolicyRules.parse(JSON.parse(row.rules));
  return { id: row.id, name: row.name, effectiveFrom: row.effectiveFrom, isExample: row.isExample, ...rules };
}

/** The version in force on a day: the latest effectiveFrom not after it. */
export async function policyInForce(db: DbTx, on: string): Promise<RatePolicy | null> {
  const row = await db.ratePolicyVersion.findFirst({ where: { effectiveFrom: { lte: on } }, orderBy: { effectiveFrom: "desc" } });
  return row ? toRatePolicy(row) : null;
}

export async function discountRateInForce(db: DbTx, on: string): Promise<DiscountRateEntry | null> {
  const table = await db.discountRate.findMany();
  return discountRateOn(table, on);
}

/** Today in Kraków, as an ISO date. */
export function today(): string {
  return toIsoDate(new Date());
}
