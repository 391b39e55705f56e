import Decimal from "decimal.js";
import { formatPercent, formatPoints, formatRate, roundGrosz, toDecimal, toFixed2String } from "./money.ts";

// A rate policy is data the city adopts by resolution; versions are kept so a decision can cite
// the one in force. Amounts and percentages are decimal strings ("5.00", "80").

export type CategoryCode =
  | "social-enterprise"
  | "social-cooperative"
  | "reintegration-entity"
  | "public-benefit"
  | "other-ngo";

export const CATEGORY_CODES: readonly CategoryCode[] = [
  "social-enterprise",
  "social-cooperative",
  "reintegration-entity",
  "public-benefit",
  "other-ngo",
];

export type CategoryRule = { kind: "discount"; percent: string } | { kind: "fixed"; rate: string };

export interface RatePolicy {
  id: string;
  name: string;
  effectiveFrom: string;
  isExample: boolean;
  floorRate: string;
  vatRate: string;
  /** Percentage points added to a discount; "once": when both hold, the larger counts, not the sum. */
  adjustments: { socialPoolPoints: string; renovationPoints: string; combine: "once" };
  holidays: { beforeStartMaxDays: number; renovationMaxDays: number };
  /** Order matters: it breaks ties between rules giving the same rate. */
  categories: Array<{ code: CategoryCode; label: string; rule: CategoryRule }>;
  /**
   * The lease terms a lease gets when its request does not give them (DOMAIN.md "Lease terms"): the
   * deposit as a multiple of the monthly gross, the payment day, the share of a month's gross that
   * tenant investments may offset, and what happens to an unsettled remainder at the end. A version
   * adopted before leases were kept may have none (the leases' own defaults then apply).
   */
  leaseDefaults?: LeaseDefaults;
}

export interface LeaseDefaults {
  depositMultiple: number;
  paymentDay: number;
  offsetShare: string;
  remainderAtEnd: "refund" | "forfeit";
}

/** DOMAIN.md "a sensible example policy": a seed to adapt, not any city's adopted rules. */
export const EXAMPLE_POLICY: RatePolicy = {
  id: "example-2024",
  name: "Przykładowa polityka stawek preferencyjnych (przykład)",
  effectiveFrom: "2024-01-01",
  isExample: true,
  floorRate: "5.00",
  vatRate: "0.23",
  adjustments: { socialPoolPoints: "10", renovationPoints: "10", combine: "once" },
  holidays: { beforeStartMaxDays: 90, renovationMaxDays: 60 },
  categories: [
    { code: "social-enterprise", label: "przedsiębiorstwo społeczne", rule: { kind: "discount", percent: "80" } },
    { code: "social-cooperative", label: "spółdzielnia socjalna", rule: { kind: "discount", percent: "75" } },
    { code: "reintegration-entity", label: "podmiot reintegracyjny (CIS, KIS, WTZ, ZAZ)", rule: { kind: "discount", percent: "90" } },
    { code: "public-benefit", label: "organizacja pożytku publicznego", rule: { kind: "discount", percent: "70" } },
    { code: "other-ngo", label: "inna organizacja pozarządowa", rule: { kind: "discount", percent: "50" } },
  ],
  leaseDefaults: { depositMultiple: 3, paymentDay: 10, offsetShare: "0.50", remainderAtEnd: "refund" },
};

export type LegalForm =
  | "foundation"
  | "association"
  | "social-cooperative"
  | "non-profit-company"
  | "church-legal-person"
  | "other";

export interface OrganisationProfile {
  legalForm: LegalForm;
  socialEnterpriseStatus: boolean;
  publicBenefit: boolean;
  reintegrationType: null | "CIS" | "KIS" | "WTZ" | "ZAZ";
}

/** Every category the organisation qualifies for, in CATEGORY_CODES order; bestRate picks among them. */
export function eligibleCategories(org: OrganisationProfile): CategoryCode[] {
  const holds: Record<CategoryCode, boolean> = {
    "social-enterprise": org.socialEnterpriseStatus,
    "social-cooperative": org.legalForm === "social-cooperative",
    "reintegration-entity": org.reintegrationType !== null,
    "public-benefit": org.publicBenefit,
    "other-ngo": org.legalForm !== "other",
  };
  return CATEGORY_CODES.filter((code) => holds[code]);
}

/** Conditions in which a tenant's undertaking to renovate earns the renovation points. */
export const RENOVATION_CONDITIONS: readonly string[] = ["poor", "needs-renovation"];

export interface PremisesForQuote {
  baseRate: string;
  condition: string;
  socialPool: boolean;
}

export interface RateQuote {
  category: CategoryCode;
  label: string;
  rule: CategoryRule;
  /** The rule's own discount; null for a fixed rate. */
  basePercent: string | null;
  /** Points actually added: "0" for a fixed rate, which takes no adjustments. */
  adjustmentPoints: string;
  adjustmentReasons: Array<"social-pool" | "renovation">;
  effectivePercent: string | null;
  /** Before the floor, rounded half-up to the grosz. */
  computedRate: string;
  floorApplied: boolean;
  rate: string;
  /** Polish, one step a line, for the decision and the officer's screen. */
  derivation: string[];
}

const REASON_LABEL = {
  "social-pool": "lokal z puli społecznej",
  renovation: "lokal w złym stanie, najemca zobowiązuje się do remontu",
} as const;

function adjustment(policy: RatePolicy, premises: PremisesForQuote, tenantWillRenovate: boolean) {
  const reasons: RateQuote["adjustmentReasons"] = [];
  if (premises.socialPool) reasons.push("social-pool");
  if (tenantWillRenovate && RENOVATION_CONDITIONS.includes(premises.condition)) reasons.push("renovation");
  const points = reasons.map((r) =>
    toDecimal(r === "social-pool" ? policy.adjustments.socialPoolPoints : policy.adjustments.renovationPoints),
  );
  return { reasons, points: points.length > 0 ? Decimal.max(...points) : new Decimal(0) };
}

/**
 * The rate one category's rule gives for the premises. A fixed rate takes no adjustment points (they
 * are defined as points of discount) and never exceeds the base rate; the floor applies to both kinds,
 * but never lifts a rate above the base rate.
 */
export function quoteRate(
  policy: RatePolicy,
  category: CategoryCode,
  premises: PremisesForQuote,
  options: { tenantWillRenovate: boolean },
): RateQuote {
  const entry = policy.categories.find((c) => c.code === category);
  if (!entry) throw new RangeError(`Policy ${policy.id} has no rule for category ${category}`);
  const base = toDecimal(premises.baseRate);
  const { reasons, points } = adjustment(policy, premises, options.tenantWillRenovate);
  const derivation = [`Stawka bazowa ${formatRate(base)}`];
  let computed: Decimal;
  let basePercent: Decimal | null = null;
  let effectivePercent: Decimal | null = null;

  if (entry.rule.kind === "discount") {
    basePercent = toDecimal(entry.rule.percent);
    const sum = basePercent.plus(reasons.length > 0 ? points : 0);
    effectivePercent = Decimal.min(Decimal.max(sum, 0), 100);
    derivation.push(`Zniżka ${formatPercent(basePercent)} (${entry.label})`);
    if (reasons.length > 0) {
      const once = reasons.length > 1 ? ", naliczone raz" : "";
      derivation.push(`Dodatkowo ${formatPoints(points)} (${reasons.map((r) => REASON_LABEL[r]).join("; ")}${once})`);
      derivation.push(`Zniżka łącznie ${formatPercent(effectivePercent)}${sum.greaterThan(100) ? " (nie więcej niż 100%)" : ""}`);
    }
    computed = roundGrosz(base.times(new Decimal(100).minus(effectivePercent)).dividedBy(100));
  } else {
    const fixed = toDecimal(entry.rule.rate);
    derivation.push(`Stawka stała ${formatRate(fixed)} (${entry.label})`);
    if (fixed.greaterThan(base)) derivation.push("Stawka stała wyższa od bazowej: stosuje się stawkę bazową");
    if (reasons.length > 0) derivation.push("Dodatkowe punkty zniżki nie dotyczą stawki stałej");
    computed = roundGrosz(Decimal.min(fixed, base));
  }

  const policyFloor = toDecimal(policy.floorRate);
  const floor = Decimal.min(policyFloor, base);
  const floorApplied = computed.lessThan(floor);
  const rate = floorApplied ? floor : computed;
  const after = entry.rule.kind === "discount" ? "Stawka po zniżce" : "Stawka";
  if (!floorApplied) derivation.push(`${after} ${formatRate(computed)}`);
  else if (floor.equals(policyFloor)) derivation.push(`${after} ${formatRate(computed)}, podniesiona do stawki minimalnej ${formatRate(floor)}`);
  else derivation.push(`${after} ${formatRate(computed)}, podniesiona do stawki bazowej ${formatRate(floor)} (stawka minimalna ${formatRate(policyFloor)} jest wyższa od bazowej)`);

  return {
    category,
    label: entry.label,
    rule: entry.rule,
    basePercent: basePercent?.toString() ?? null,
    adjustmentPoints: entry.rule.kind === "discount" && reasons.length > 0 ? points.toString() : "0",
    adjustmentReasons: entry.rule.kind === "discount" ? reasons : [],
    effectivePercent: effectivePercent?.toString() ?? null,
    computedRate: toFixed2String(computed),
    floorApplied,
    rate: toFixed2String(rate),
    derivation,
  };
}

/**
 * The lowest rate among the categories the organisation qualifies for (ties: the earlier category
 * in the policy), with every quote so the decision can name the rule applied. Null when no category
 * of the policy applies.
 */
export function bestRate(
  policy: RatePolicy,
  categories: readonly CategoryCode[],
  premises: PremisesForQuote,
  options: { tenantWillRenovate: boolean },
): { best: RateQuote; alternatives: RateQuote[] } | null {
  const alternatives = policy.categories
    .filter((c) => categories.includes(c.code))
    .map((c) => quoteRate(policy, c.code, premises, options));
  const best = alternatives.reduce<RateQuote | null>(
    (lowest, q) => (lowest === null || new Decimal(q.rate).lessThan(lowest.rate) ? q : lowest),
    null,
  );
  return best ? { best, alternatives } : null;
}

export interface HolidayViolation {
  term: "beforeStartDays" | "renovationDays";
  days: number;
  maxDays: number;
  message: string;
}

/** Rent holidays requested for a lease, checked against the policy's limits; empty when allowed. */
export function holidayAllowed(
  policy: RatePolicy,
  request: { beforeStartDays: number; renovationDays: number },
): HolidayViolation[] {
  const terms = [
    { term: "beforeStartDays", maxDays: policy.holidays.beforeStartMaxDays, what: "Zwolnienie z czynszu do rozpoczęcia działalności" },
    { term: "renovationDays", maxDays: policy.holidays.renovationMaxDays, what: "Zwolnienie z czynszu na czas remontu" },
  ] as const;
  return terms.flatMap(({ term, maxDays, what }) => {
    const days = request[term];
    if (!Number.isInteger(days) || days < 0) {
      return [{ term, days, maxDays, message: `${what}: liczba dni musi być liczbą całkowitą nieujemną` }];
    }
    if (days > maxDays) return [{ term, days, maxDays, message: `${what}: ${days} dni, najwyżej ${maxDays} dni` }];
    return [];
  });
}
