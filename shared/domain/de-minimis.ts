import Decimal from "decimal.js";
import { toIsoDate } from "./dates.ts";
import { roundGrosz, toDecimal, type DecimalLike } from "./money.ts";
import { baseMonthly, netMonthly } from "./rent.ts";

// De minimis aid of a rent preference, per DOMAIN.md "Computation conventions". Fractional powers
// and the division into euro are not exact, so they run at 40 significant digits, well past the
// grosz, and only the final sums are rounded.
const Precise = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export interface AidMonth {
  /** 0 for the first month of the lease (the grant date). */
  k: number;
  baseMonthly: Decimal;
  rentDue: Decimal;
  aid: Decimal;
}

export interface AidTerms {
  baseRate: DecimalLike;
  rate: DecimalLike;
  area: DecimalLike;
  months: number;
  /** Indexes (k) of months with a full rent holiday. */
  holidayMonths?: readonly number[];
}

/** Month by month: aid = base rent − net rent due; a holiday month is aid in full; never negative. */
export function aidSchedule({ baseRate, rate, area, months, holidayMonths = [] }: AidTerms): AidMonth[] {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`The term must be a positive number of months, got ${months}`);
  const outside = holidayMonths.find((k) => !Number.isInteger(k) || k < 0 || k >= months);
  if (outside !== undefined) throw new RangeError(`Holiday month ${outside} is outside the term of ${months} months`);
  const base = baseMonthly(baseRate, area);
  const due = netMonthly(rate, area);
  return Array.from({ length: months }, (_, k) => {
    const rentDue = holidayMonths.includes(k) ? new Decimal(0) : due;
    return { k, baseMonthly: base, rentDue, aid: Decimal.max(base.minus(rentDue), 0) };
  });
}

/** aid_k × (1 + r)^(−k/12), unrounded. */
function discountedMonths(schedule: readonly AidMonth[], discountRate: DecimalLike): Decimal[] {
  const growth = new Precise(1).plus(toDecimal(discountRate));
  return schedule.map((m) => new Precise(m.aid).times(Precise.pow(growth, new Precise(-m.k).dividedBy(12))));
}

const plain = (x: Decimal): Decimal => new Decimal(x);

/** Nominal = Σ aid; discounted = Σ aid_k × (1 + r)^(−k/12), rounded to the grosz once, at the end. */
export function aidValue(input: { schedule: readonly AidMonth[]; discountRate: DecimalLike }): {
  nominal: Decimal;
  discounted: Decimal;
} {
  const nominal = input.schedule.reduce((sum, m) => sum.plus(m.aid), new Decimal(0));
  const discounted = discountedMonths(input.schedule, input.discountRate).reduce((sum, d) => sum.plus(d), new Precise(0));
  return { nominal, discounted: plain(roundGrosz(discounted)) };
}

/** zł ÷ NBP rate (zł per euro) of the grant date, rounded half-up to the cent. */
export function toEuro(zl: DecimalLike, eurRate: DecimalLike): Decimal {
  const rate = toDecimal(eurRate);
  if (rate.lessThanOrEqualTo(0)) throw new RangeError(`The exchange rate must be positive, got ${rate.toString()}`);
  return plain(roundGrosz(new Precise(toDecimal(zl)).dividedBy(rate)));
}

export const DE_MINIMIS_CEILING_EUR = "300000";

export interface CeilingCheck {
  totalEur: Decimal;
  /** What was left under the ceiling before this aid. */
  roomEur: Decimal;
  remainingAfterEur: Decimal;
  excessEur: Decimal;
  exceeds: boolean;
}

/** Aid received in the three years before the grant date + this aid must not exceed the ceiling. */
export function ceilingCheck(input: {
  priorAidEur: DecimalLike;
  newAidEur: DecimalLike;
  ceilingEur?: DecimalLike;
}): CeilingCheck {
  const ceiling = toDecimal(input.ceilingEur ?? DE_MINIMIS_CEILING_EUR);
  const prior = toDecimal(input.priorAidEur);
  const totalEur = prior.plus(toDecimal(input.newAidEur));
  return {
    totalEur,
    roomEur: Decimal.max(ceiling.minus(prior), 0),
    remainingAfterEur: Decimal.max(ceiling.minus(totalEur), 0),
    excessEur: Decimal.max(totalEur.minus(ceiling), 0),
    exceeds: totalEur.greaterThan(ceiling),
  };
}

export interface DiscountRateEntry {
  /** ISO date from which the rate applies. */
  from: string;
  /** EU reference base rate for Poland. */
  baseRate: string;
  /** Base rate + 100 bp: the rate used to discount aid. */
  discountRate: string;
}

/** An example table to seed; the admin keeps the real one up to date (no network access to the EU here). */
export const DISCOUNT_RATES: readonly DiscountRateEntry[] = [
  { from: "2024-01-01", baseRate: "0.0568", discountRate: "0.0668" },
];

/** The entry in force on the date (the latest `from` not after it), or null if the table starts later. */
export function discountRateOn(table: readonly DiscountRateEntry[], date: string | Date): DiscountRateEntry | null {
  const day = toIsoDate(date);
  return table
    .filter((e) => e.from <= day)
    .reduce<DiscountRateEntry | null>((latest, e) => (latest === null || e.from > latest.from ? e : latest), null);
}

/**
 * The longest term, in whole months, whose aid keeps the organisation within the ceiling: what an
 * officer can still offer at these rates. Leases over 10 years count as indefinite, so the search
 * stops at `horizonMonths` (120); a result equal to it means "at least that long".
 */
export function maxMonthsWithinCeiling(input: {
  baseRate: DecimalLike;
  rate: DecimalLike;
  area: DecimalLike;
  discountRate: DecimalLike;
  eurRate: DecimalLike;
  priorAidEur: DecimalLike;
  ceilingEur?: DecimalLike;
  holidayMonths?: readonly number[];
  horizonMonths?: number;
}): number {
  const horizon = input.horizonMonths ?? 120;
  const schedule = aidSchedule({ ...input, months: horizon, holidayMonths: input.holidayMonths ?? [] });
  const { roomEur } = ceilingCheck({ priorAidEur: input.priorAidEur, newAidEur: 0, ceilingEur: input.ceilingEur });
  let sum: Decimal = new Precise(0);
  const discounted = discountedMonths(schedule, input.discountRate);
  for (const [k, d] of discounted.entries()) {
    sum = sum.plus(d);
    if (toEuro(roundGrosz(sum), input.eurRate).greaterThan(roomEur)) return k;
  }
  return horizon;
}
