import { hundredthsToString } from "@shared/contracts/common.ts";
import { PREVIEW_SAMPLE_SIZE, type PolicyPreview, type PolicyPreviewLine } from "@shared/contracts/policy-preview.ts";
import type { RatePolicyInput } from "@shared/contracts/rate-policy.ts";
import { todayIn, type Clock } from "@shared/domain/dates.ts";
import { quoteRate, type RatePolicy } from "@shared/domain/rate-policy.ts";
import type { Db } from "@server/lib/db.ts";
import { quotableSample } from "@server/features/premises/index.ts";
import { policyInForce } from "@server/features/rate-policy/index.ts";

type Quotable = Parameters<typeof quoteRate>[2];

/** The categories of both versions: the draft's in its order, then those only today's version has. */
function linesFor(current: RatePolicy | null, draft: RatePolicy, premises: Quotable): PolicyPreviewLine[] {
  const rateUnder = (policy: RatePolicy | null, code: PolicyPreviewLine["category"]) =>
    policy?.categories.some((c) => c.code === code) ? quoteRate(policy, code, premises, { tenantWillRenovate: false }).rate : null;
  const categories = [...draft.categories, ...(current?.categories ?? []).filter((c) => !draft.categories.some((d) => d.code === c.code))];
  return categories.map(({ code, label }) => ({ category: code, label, current: rateUnder(current, code), proposed: rateUnder(draft, code) }));
}

/**
 * What a draft version would change: computed with the same domain module as the quote and the decision
 * (shared/domain/rate-policy.ts), for a sample of available premises; nothing is stored.
 */
export async function previewPolicy(db: Db, clock: Clock, input: RatePolicyInput): Promise<PolicyPreview> {
  const [current, sample] = await Promise.all([policyInForce(db, todayIn(clock)), quotableSample(db, PREVIEW_SAMPLE_SIZE)]);
  const draft: RatePolicy = { id: "draft", ...input };
  return {
    current: current && { id: current.id, name: current.name, effectiveFrom: current.effectiveFrom, isExample: current.isExample },
    premises: sample.map((p) => {
      const quotable = { baseRate: hundredthsToString(p.baseRateGrosze), condition: p.condition.replace(/_/g, "-"), socialPool: p.socialPool };
      return {
        id: p.id,
        inventoryCode: p.inventoryCode,
        address: `${p.street} ${p.buildingNo}${p.unitNo ? `/${p.unitNo}` : ""}`,
        district: p.district,
        area: hundredthsToString(p.usableAreaDm2),
        baseRate: quotable.baseRate,
        lines: linesFor(current, draft, quotable),
      };
    }),
  };
}
