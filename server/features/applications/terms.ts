import type { DecisionTerms, TermsView } from "@shared/contracts/applications.ts";
import {
  aidSchedule, aidValue, ceilingCheck, maxMonthsWithinCeiling, toEuro, type DiscountRateEntry,
} from "@shared/domain/de-minimis.ts";
import { formatEUR, formatRate, toDecimal, toFixed2String } from "@shared/domain/money.ts";
import { bestRate, holidayAllowed, type CategoryCode, type RatePolicy, type RateQuote } from "@shared/domain/rate-policy.ts";
import { holidayMonths } from "@shared/domain/rent-holidays.ts";
import { baseMonthly, monthlyRent } from "@shared/domain/rent.ts";
import type { FieldError } from "@server/lib/errors.ts";

// The terms of an approval computed from the policy, the premises and the officer's input, with
// every rule they break. Pure: the review page (what-if), and the approval inside its transaction.

export interface TermsContext {
  policy: RatePolicy;
  categories: CategoryCode[];
  premises: { baseRate: string; area: string; condition: string; socialPool: boolean };
  tenantWillRenovate: boolean;
  /** The organisation runs economic activity: the preference is de minimis aid. */
  deMinimis: boolean;
  /** De minimis aid received in the three years before the grant date, euro ("1234.56"). */
  priorAidEur: string;
  discount: DiscountRateEntry | null;
}

export type TermsRequest = Omit<DecisionTerms, "grantDate" | "eurRate" | "rate"> & {
  grantDate: string;
  rate?: string | undefined;
  eurRate?: string | undefined;
};

/** The figures an approval records, present when the terms could be priced (a rule applies). */
export interface PricedTerms {
  best: RateQuote;
  rate: string;
  monthly: { net: string; vat: string; gross: string };
  aid: {
    nominal: string;
    /** Null when no discount rate is in force on the grant date. */
    discounted: { discountRate: string; value: string } | null;
    /** Only for de minimis aid (economic activity), once the NBP rate is given. */
    deMinimis: { eurRate: string; eur: string; roomAfterEur: string } | null;
  };
}

export interface TermsOutcome {
  view: TermsView;
  best: RateQuote | null;
  priced: PricedTerms | null;
  problems: FieldError[];
  /** Polish, for the 422 when the ceiling would be crossed: how much room is left and what fits. */
  ceilingDetail: string | null;
}

const money = (x: Parameters<typeof toFixed2String>[0]) => toFixed2String(x);
const line = (q: RateQuote) => ({
  category: q.category, label: q.label, rate: q.rate, computedRate: q.computedRate, floorApplied: q.floorApplied, derivation: q.derivation,
});

export function computeTerms(ctx: TermsContext, req: TermsRequest): TermsOutcome {
  const { policy, premises } = ctx;
  const problems: FieldError[] = [];
  const quoted = bestRate(policy, ctx.categories, premises, { tenantWillRenovate: ctx.tenantWillRenovate });
  if (!quoted) problems.push({ field: "category", code: "category.none" });

  let rate: string | null = quoted?.best.rate ?? null;
  const derivation = [...(quoted?.best.derivation ?? [])];
  if (quoted && req.rate !== undefined && req.rate !== quoted.best.rate) {
    if (toDecimal(req.rate).lessThan(quoted.best.rate)) problems.push({ field: "rate", code: "rate.belowPolicy" });
    else if (toDecimal(req.rate).greaterThan(premises.baseRate)) problems.push({ field: "rate", code: "rate.aboveBase" });
    rate = req.rate;
    derivation.push(`Stawka ustalona w decyzji ${formatRate(rate)} (wyższa niż wynikająca z polityki)`);
  }

  for (const v of holidayAllowed(policy, req)) problems.push({ field: v.term, code: "holiday.tooLong" });
  const holidays = holidayMonths(req, req.months);

  const room = ceilingCheck({ priorAidEur: ctx.priorAidEur, newAidEur: 0 }).roomEur;
  const aid: TermsView["aid"] = {
    deMinimis: ctx.deMinimis, grantDate: req.grantDate, discountRate: ctx.discount?.discountRate ?? null,
    nominal: null, discounted: null, eurRate: req.eurRate ?? null, eur: null,
    priorEur: money(toDecimal(ctx.priorAidEur)), roomEur: money(room), roomAfterEur: null, excessEur: null, maxMonths: null,
  };
  if (!ctx.discount) problems.push({ field: "grantDate", code: "discountRate.missing" });
  if (ctx.deMinimis && req.eurRate === undefined) problems.push({ field: "eurRate", code: "eurRate.required" });

  let monthly: TermsView["monthly"] = null;
  let ceilingDetail: string | null = null;
  let priced: PricedTerms | null = null;
  if (quoted && rate !== null) {
    const rent = monthlyRent({ rate, area: premises.area, vatRate: policy.vatRate });
    monthly = { net: money(rent.net), vat: money(rent.vat), gross: money(rent.gross) };
    const schedule = aidSchedule({ baseRate: premises.baseRate, rate, area: premises.area, months: req.months, holidayMonths: holidays });
    const value = aidValue({ schedule, discountRate: ctx.discount?.discountRate ?? "0" });
    priced = { best: quoted.best, rate, monthly, aid: { nominal: money(value.nominal), discounted: null, deMinimis: null } };
    aid.nominal = priced.aid.nominal;
    if (ctx.discount) {
      aid.discounted = money(value.discounted);
      priced.aid.discounted = { discountRate: ctx.discount.discountRate, value: aid.discounted };
    }
    if (ctx.deMinimis && ctx.discount && req.eurRate !== undefined) {
      const eur = toEuro(value.discounted, req.eurRate);
      const check = ceilingCheck({ priorAidEur: ctx.priorAidEur, newAidEur: eur });
      aid.eur = money(eur);
      aid.roomAfterEur = money(check.remainingAfterEur);
      priced.aid.deMinimis = { eurRate: req.eurRate, eur: aid.eur, roomAfterEur: aid.roomAfterEur };
      aid.excessEur = money(check.excessEur);
      aid.maxMonths = maxMonthsWithinCeiling({
        baseRate: premises.baseRate, rate, area: premises.area, discountRate: ctx.discount.discountRate,
        eurRate: req.eurRate, priorAidEur: ctx.priorAidEur, holidayMonths: holidays.filter((k) => k < 120),
      });
      if (check.exceeds) {
        problems.push({ field: "months", code: "deMinimis.ceiling" });
        ceilingDetail = `Pomoc ${formatEUR(eur)} przekroczyłaby limit de minimis o ${formatEUR(check.excessEur)}. ` +
          `Pozostało ${formatEUR(room)} limitu; przy tej stawce mieści się najwyżej ${aid.maxMonths} mies. najmu. ` +
          "Skróć okres najmu lub podnieś stawkę.";
      }
    }
  }

  return {
    best: quoted?.best ?? null,
    priced,
    problems,
    ceilingDetail,
    view: {
      policy: { id: policy.id, name: policy.name, effectiveFrom: policy.effectiveFrom, isExample: policy.isExample },
      best: quoted ? line(quoted.best) : null,
      alternatives: (quoted?.alternatives ?? []).map(line),
      rate,
      derivation,
      startDate: req.startDate,
      months: req.months,
      beforeStartDays: req.beforeStartDays,
      renovationDays: req.renovationDays,
      holidayMonths: holidays.length,
      holidayLimits: policy.holidays,
      baseMonthly: money(baseMonthly(premises.baseRate, premises.area)),
      vatRate: policy.vatRate,
      monthly,
      aid,
    },
  };
}
