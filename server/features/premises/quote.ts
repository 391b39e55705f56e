import { hundredthsToString } from "@shared/contracts/common.ts";
import type { Quote, QuoteQuery } from "@shared/contracts/rate-policy.ts";
import { todayIn, type Clock } from "@shared/domain/dates.ts";
import { baseMonthlyRent, quoteAll } from "@shared/domain/quote.ts";
import type { Db } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { discountRateInForce, NO_POLICY, policyInForce } from "@server/features/rate-policy/index.ts";
import { findQuotable } from "./repository.ts";

/** The preferential rate, rent and aid of a premises under the policy and discount rate in force today. */
export async function quotePremises(db: Db, id: string, query: QuoteQuery, clock: Clock): Promise<Quote> {
  const premises = await findQuotable(db, id);
  if (!premises) throw AppError.notFound("Nie ma lokalu o takim identyfikatorze.");
  const day = todayIn(clock);
  const [policy, discount] = await Promise.all([policyInForce(db, day), discountRateInForce(db, day)]);
  if (!policy) throw AppError.notFound(NO_POLICY);
  if (query.category && !policy.categories.some((c) => c.code === query.category)) {
    throw AppError.validation([{ field: "category", code: "category.notInPolicy" }]);
  }
  const quoted = {
    baseRate: hundredthsToString(premises.baseRateGrosze),
    area: hundredthsToString(premises.usableAreaDm2),
    condition: premises.condition.replace(/_/g, "-"),
    socialPool: premises.socialPool,
  };
  const options = { tenantWillRenovate: query.tenantWillRenovate, months: query.months, discountRate: discount?.discountRate ?? null };
  return {
    premisesId: premises.id,
    area: quoted.area,
    baseRate: quoted.baseRate,
    baseMonthly: baseMonthlyRent(quoted),
    policy: { id: policy.id, name: policy.name, effectiveFrom: policy.effectiveFrom, isExample: policy.isExample },
    vatRate: policy.vatRate,
    tenantWillRenovate: query.tenantWillRenovate,
    months: query.months,
    discountRate: options.discountRate,
    lines: quoteAll(policy, quoted, options, query.category),
  };
}
