import { RatePolicyRules, type RatePolicyVersion } from "@shared/contracts/rate-policy.ts";
import type { RatePolicy } from "@shared/domain/rate-policy.ts";
import type { RatePolicyVersion as Row } from "@server/generated/prisma/client.ts";

/** The stored version as the domain type; the rules are parsed again, so a bad row fails loudly. */
export function toRatePolicy(row: Row): RatePolicy {
  const rules = RatePolicyRules.parse(JSON.parse(row.rules));
  return { id: row.id, name: row.name, effectiveFrom: row.effectiveFrom, isExample: row.isExample, ...rules };
}

export function toVersion(row: Row & { _count: { decisions: number } }): RatePolicyVersion {
  return { ...toRatePolicy(row), createdAt: row.createdAt.toISOString(), decisions: row._count.decisions };
}
