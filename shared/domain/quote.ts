import { aidSchedule, aidValue } from "./de-minimis.ts";
import { toFixed2String } from "./money.ts";
import { quoteRate, type CategoryCode, type RatePolicy, type RateQuote } from "./rate-policy.ts";
import { baseMonthly, monthlyRent } from "./rent.ts";

// What an applicant sees before applying: the rule's rate, the monthly rent and the aid it
// implies, composed only from the rate-policy, rent and de-minimis modules. Amounts as "1234.56".

export interface QuotedPremises {
  baseRate: string;
  area: string;
  condition: string;
  socialPool: boolean;
}

export interface QuoteOptions {
  tenantWillRenovate: boolean;
  months: number;
  /** EU discount rate in force today; null when the table has no entry, then no discounted value. */
  discountRate: string | null;
}

export interface QuotedLine extends RateQuote {
  monthly: { net: string; vat: string; gross: string };
  aid: { monthly: string; nominal: string; discounted: string | null };
}

export function quoteLine(policy: RatePolicy, category: CategoryCode, premises: QuotedPremises, options: QuoteOptions): QuotedLine {
  const rate = quoteRate(policy, category, premises, { tenantWillRenovate: options.tenantWillRenovate });
  const rent = monthlyRent({ rate: rate.rate, area: premises.area, vatRate: policy.vatRate });
  const schedule = aidSchedule({ baseRate: premises.baseRate, rate: rate.rate, area: premises.area, months: options.months });
  // With no rate on file, a rate of 0 gives the nominal sum; the discounted value is then withheld.
  const { nominal, discounted } = aidValue({ schedule, discountRate: options.discountRate ?? "0" });
  return {
    ...rate,
    monthly: { net: toFixed2String(rent.net), vat: toFixed2String(rent.vat), gross: toFixed2String(rent.gross) },
    aid: {
      monthly: toFixed2String(schedule[0]!.aid),
      nominal: toFixed2String(nominal),
      discounted: options.discountRate === null ? null : toFixed2String(discounted),
    },
  };
}

/** One line per category of the policy (or only the one asked for), in the policy's order. */
export function quoteAll(policy: RatePolicy, premises: QuotedPremises, options: QuoteOptions, only?: CategoryCode): QuotedLine[] {
  return policy.categories
    .filter((c) => only === undefined || c.code === only)
    .map((c) => quoteLine(policy, c.code, premises, options));
}

export function baseMonthlyRent(premises: Pick<QuotedPremises, "baseRate" | "area">): string {
  return toFixed2String(baseMonthly(premises.baseRate, premises.area));
}
