import type { RatePolicyVersion } from "../../../shared/contracts/rate-policy.ts";
import type { RatePolicyVersion as Row } from "../../generated/prisma/client.ts";
import { toRatePolicy } from "../../lib/rate-policy.ts";

export function toVersion(row: Row & { _count: { decisions: number } }): RatePolicyVersion {
  return { ...toRatePolicy(row), createdAt: row.createdAt.toISOString(), decisions: row._count.decisions };
}
