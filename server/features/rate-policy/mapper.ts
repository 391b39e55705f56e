import type { RatePolicyVersion } from "@shared/contracts/rate-policy.ts";
import type { RatePolicyVersion as Row } from "@server/generated/prisma/client.ts";
import { toRatePolicy } from "@server/lib/rate-policy.ts";

export function toVersion(row: Row & { _count: { decisions: number } }): RatePolicyVersion {
  return { ...toRatePolicy(row), createdAt: row.createdAt.toISOString(), decisions: row._count.decisions };
}
