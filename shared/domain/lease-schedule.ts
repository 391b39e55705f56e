import Decimal from "decimal.js";
import { isIsoDate, type CalendarDate } from "./dates.ts";
import { roundGrosz, toDecimal } from "./money.ts";
import { deposit as depositOf, monthlyRent, netMonthly } from "./rent.ts";

// The payment schedule of a lease, month by month, following DOMAIN.md "Lease schedule conventions"
// and "Computation conventions". Pure: plain values in (decimal strings, ISO dates), plain values out
// (decimal strings); decimal.js inside; every amount rounded only by money.ts's roundGrosz.
//
// The pipeline, each step exported and tested on its own:
//   1. leaseTerm        the validated term: start, last day (planned, annexed, terminated or horizon)
//   2. monthPeriods     one period per calendar month the lease touches, with the days it covers
//   3. termsTimeline    base rent and its changes: annexes and indexation on each anniversary
//   4. holidayEnd       rent holidays back to back from the start date
//   5. monthNet         the month's net: each part at its monthly net, prorated by charged days
//   6. withVat          VAT and gross per row, from that row's net
//   7. offsetsFromInvestments  (or offsets given per month) the offset of each month
//   8. toPay & totals   to pay = gross − offset; totals are the sums of the rows

/** A clear refusal of a lease's input; `code` lets the API map it to a problem document. */
export class LeaseScheduleError extends RangeError {
  constructor(
    readonly code:
      | "date.invalid"
      | "decimal.invalid"
      | "term.invalid"
      | "term.endBeforeStart"
      | "term.horizonMissing"
      | "annex.beforeStart"
      | "annex.afterEnd"
      | "annex.endBeforeEffective"
      | "annex.empty"
      | "termination.beforeStart"
      | "termination.afterEnd"
      | "termination.beforeAnnex"
      | "holidays.invalid"
      | "priceIndex.invalid"
      | "offset.invalid"
      | "investment.invalid",
    message: string,
  ) {
    super(message);
    this.name = "LeaseScheduleError";
  }
}

// ---------------------------------------------------------------------------------------------
// Input and output: what the API builds from a lease record, and what it returns (decimal strings).

/** An annex changes the lease from `effectiveFrom` on; months before it never change. */
export interface LeaseAnnexInput {
  effectiveFrom: CalendarDate;
  /** New rate, zł per m² per month, net, e.g. "12.00". */
  rate?: string;
  /** New area in m², e.g. "42.50". */
  area?: string;
  /** New last day of the lease (extension or shortening). */
  endDate?: CalendarDate;
}

/** A GUS annual average CPI, previous year = 100: `{ year: 2022, cpi: "114.4" }`. */
export interface PriceIndexInput {
  year: number;
  cpi: string;
}

/** An accepted tenant investment, offset against rent from the month after its acceptance. */
export interface InvestmentInput {
  id: string;
  title?: string;
  /** The accepted amount, zł, e.g. "12000.00". */
  amount: string;
  acceptedOn: CalendarDate;
}

/**
 * An annex's new offset share. A month's cap uses the share in force on the month's first day of the
 * lease: an annex from the 1st changes that month, one from mid-month the months after it (a month's
 * offset is one figure on its invoice, never split).
 */
export interface OffsetShareChange {
  from: CalendarDate;
  /** A fraction: "0.30". */
  share: string;
}

export interface LeaseScheduleInput {
  /** First day of the lease. */
  startDate: CalendarDate;
  /**
   * Planned last day of the lease (both ends count), or null for an indefinite lease. From a number
   * of months use `endDateAfterMonths(startDate, months)`.
   */
  endDate: CalendarDate | null;
  /** For an indefinite lease: the day the schedule is computed; it runs to the end of the 12th month after. */
  today?: CalendarDate;
  /** Last day of the lease when terminated early (counts as a day of the lease). */
  terminatedOn?: CalendarDate | null;
  /** Starting rate, zł per m² per month, net, 2 decimals: "12.34". */
  rate: string;
  /** Area in m²: "45.50". */
  area: string;
  /** VAT as a fraction: "0.23" (0 for no VAT). */
  vatRate: string;
  /** Rent holidays in days, back to back from the start date. */
  holidays?: { beforeStartDays: number; renovationDays: number };
  /** The price index table (GUS annual average CPI by year). */
  priceIndices: readonly PriceIndexInput[];
  annexes?: readonly LeaseAnnexInput[];
  /** Deposit multiple, e.g. "3"; the schedule's deposit is null without it. */
  depositMultiple?: string;
  /**
   * Offsets of accepted tenant investments, computed by DOMAIN.md's rule (step 7). Mutually
   * exclusive with `offsets`.
   */
  investmentOffset?: { share: string; shareChanges?: readonly OffsetShareChange[]; investments: readonly InvestmentInput[] };
  /** Offsets given per month ("2024-05" → "120.00"); months not listed get "0.00". */
  offsets?: Readonly<Record<string, string>>;
}

export interface ScheduleRow {
  month: string;
  rate: string;
  net: string;
  vat: string;
  gross: string;
  offset: string;
  toPay: string;
}

export interface ScheduleTotals {
  net: string;
  vat: string;
  gross: string;
  offset: string;
  toPay: string;
}

export interface IndexationRecord {
  /** The anniversary. */
  on: CalendarDate;
  /** The year whose GUS CPI applies (the year before the anniversary's). */
  cpiYear: number;
  /** null when the table has no CPI for that year yet: the rate stays and the rows from here are provisional. */
  cpi: string | null;
  rateBefore: string;
  rateAfter: string;
}

export interface InvestmentSettlement {
  id: string;
  title: string;
  accepted: string;
  offset: string;
  remainder: string;
}

export interface LeaseSchedule {
  startDate: CalendarDate;
  /** The last day the schedule covers (planned, annexed, terminated, or the indefinite horizon). */
  endDate: CalendarDate;
  rows: ScheduleRow[];
  totals: ScheduleTotals;
  deposit: string | null;
  indexations: IndexationRecord[];
  /** First anniversary whose CPI was missing from the table; rows from its month on are provisional. */
  provisionalFrom: CalendarDate | null;
  investments: InvestmentSettlement[];
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on ISO dates (UTC day numbers; a calendar date has no zone).

const DAY_MS = 86_400_000;

function parts(date: CalendarDate, what: string): [number, number, number] {
  if (typeof date !== "string" || !isIsoDate(date)) throw new LeaseScheduleError("date.invalid", `${what} is not a date (YYYY-MM-DD): ${String(date)}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

const dayNumber = (date: CalendarDate): number => {
  const [y, m, d] = parts(date, "Date");
  return Date.UTC(y, m - 1, d) / DAY_MS;
};

const fromDayNumber = (n: number): CalendarDate => new Date(n * DAY_MS).toISOString().slice(0, 10);

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const iso = (y: number, m: number, d: number): CalendarDate =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** `months` months after `date`, same day; a day the target month lacks (31.01 → 31.02) becomes the 1st of the next month. */
export function sameDayMonthsLater(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date, "Date");
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  if (d <= daysInMonth(ty, tm)) return iso(ty, tm, d);
  return tm === 12 ? iso(ty + 1, 1, 1) : iso(ty, tm + 1, 1);
}

/** Last day of a lease of `months` months: the day before the same day N months later (15.04.2022 + 36 → 14.04.2025). */
export function endDateAfterMonths(startDate: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months) || months < 1) throw new LeaseScheduleError("term.invalid", `A lease lasts a whole number of months ≥ 1, got ${months}`);
  return fromDayNumber(dayNumber(sameDayMonthsLater(startDate, months)) - 1);
}

/** An indefinite lease's horizon: the last day of the 12th month after today (or after the start, if later). */
export function indefiniteHorizon(startDate: CalendarDate, today: CalendarDate): CalendarDate {
  const from = today > startDate ? today : startDate;
  const [y, m] = parts(from, "Today");
  const index = y * 12 + (m - 1) + 12;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return iso(ty, tm, daysInMonth(ty, tm));
}

const later = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b);
const earlier = (a: CalendarDate, b: CalendarDate): CalendarDate => (a < b ? a : b);

// ---------------------------------------------------------------------------------------------
// Decimals at the edge.

function decimalIn(value: string, what: string, { positive = false } = {}): Decimal {
  let d: Decimal;
  try {
    d = toDecimal(value);
  } catch {
    throw new LeaseScheduleError("decimal.invalid", `${what} is not a decimal string like "12.34": ${String(value)}`);
  }
  if (d.isNegative() || (positive && d.isZero())) {
    throw new LeaseScheduleError("decimal.invalid", `${what} must be ${positive ? "greater than 0" : "0 or more"}, got ${value}`);
  }
  return d;
}

const out = (d: Decimal): string => roundGrosz(d).toFixed(2);

// ---------------------------------------------------------------------------------------------
// Step 1. The term.

export interface LeaseTerm {
  start: CalendarDate;
  /** Last day covered (both ends count). */
  end: CalendarDate;
  /** Annexes in effective order (stable for equal dates), validated. */
  annexes: LeaseAnnexInput[];
}

/**
 * The validated term. Annexes apply in date order: each must take effect on or after the start
 * and not after the lease's last day as it stands then; an annex's end date replaces the planned
 * end. A termination must fall within the lease, not before the last annex.
 */
export function leaseTerm(input: Pick<LeaseScheduleInput, "startDate" | "endDate" | "today" | "terminatedOn" | "annexes">): LeaseTerm {
  const start = input.startDate;
  parts(start, "The start date");
  let plannedEnd = input.endDate;
  if (plannedEnd !== null) {
    parts(plannedEnd, "The end date");
    if (plannedEnd < start) throw new LeaseScheduleError("term.endBeforeStart", `The lease ends (${plannedEnd}) before it starts (${start})`);
  }
  const annexes = [...(input.annexes ?? [])]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.effectiveFrom < y.a.effectiveFrom ? -1 : x.a.effectiveFrom > y.a.effectiveFrom ? 1 : x.i - y.i))
    .map(({ a }) => a);
  for (const annex of annexes) {
    parts(annex.effectiveFrom, "An annex's effective date");
    if (annex.rate === undefined && annex.area === undefined && annex.endDate === undefined) {
      throw new LeaseScheduleError("annex.empty", `The annex effective ${annex.effectiveFrom} changes neither the rate, the area nor the end date`);
    }
    if (annex.effectiveFrom < start) {
      throw new LeaseScheduleError("annex.beforeStart", `An annex takes effect (${annex.effectiveFrom}) before the lease starts (${start})`);
    }
    if (plannedEnd !== null && annex.effectiveFrom > plannedEnd) {
      throw new LeaseScheduleError("annex.afterEnd", `An annex takes effect (${annex.effectiveFrom}) after the lease has ended (${plannedEnd})`);
    }
    if (annex.rate !== undefined) decimalIn(annex.rate, "The annex's rate");
    if (annex.area !== undefined) decimalIn(annex.area, "The annex's area", { positive: true });
    if (annex.endDate !== undefined) {
      parts(annex.endDate, "The annex's end date");
      if (annex.endDate < annex.effectiveFrom) {
        throw new LeaseScheduleError("annex.endBeforeEffective", `The annex effective ${annex.effectiveFrom} ends the lease earlier (${annex.endDate}): it would change earlier months`);
      }
      plannedEnd = annex.endDate;
    }
  }
  let end: CalendarDate;
  const terminatedOn = input.terminatedOn ?? null;
  if (terminatedOn !== null) {
    parts(terminatedOn, "The termination date");
    if (terminatedOn < start) throw new LeaseScheduleError("termination.beforeStart", `The lease is terminated (${terminatedOn}) before it starts (${start})`);
    if (plannedEnd !== null && terminatedOn > plannedEnd) {
      throw new LeaseScheduleError("termination.afterEnd", `The termination (${terminatedOn}) is after the lease's end (${plannedEnd}): not earlier than planned`);
    }
    const lastAnnex = annexes.at(-1);
    if (lastAnnex && terminatedOn < lastAnnex.effectiveFrom) {
      throw new LeaseScheduleError("termination.beforeAnnex", `The termination (${terminatedOn}) is before the last annex (${lastAnnex.effectiveFrom})`);
    }
    end = terminatedOn;
  } else if (plannedEnd !== null) {
    end = plannedEnd;
  } else {
    if (input.today === undefined) throw new LeaseScheduleError("term.horizonMissing", "An indefinite lease needs `today` to set the schedule's horizon");
    parts(input.today, "Today");
    end = indefiniteHorizon(start, input.today);
  }
  return { start, end, annexes };
}

// ---------------------------------------------------------------------------------------------
// Step 2. One period per calendar month.

export interface MonthPeriod {
  month: string;
  /** First and last day of the lease in this month. */
  from: CalendarDate;
  to: CalendarDate;
  daysInMonth: number;
}

export function monthPeriods(start: CalendarDate, end: CalendarDate): MonthPeriod[] {
  const [sy, sm] = parts(start, "The start date");
  const [ey, em] = parts(end, "The end date");
  const periods: MonthPeriod[] = [];
  for (let index = sy * 12 + sm - 1; index <= ey * 12 + em - 1; index++) {
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const dim = daysInMonth(y, m);
    periods.push({
      month: iso(y, m, 1).slice(0, 7),
      from: later(start, iso(y, m, 1)),
      to: earlier(end, iso(y, m, dim)),
      daysInMonth: dim,
    });
  }
  return periods;
}

// ---------------------------------------------------------------------------------------------
// Step 3. Base rent, annexes and indexation: the terms in force from each date.

export interface TermsEntry {
  from: CalendarDate;
  rate: Decimal;
  area: Decimal;
  /** round(rate × area) */
  monthlyNet: Decimal;
}

/** Anniversaries of the start date up to the last day (same-day rule of sameDayMonthsLater). */
export function anniversaries(start: CalendarDate, end: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let year = 1; ; year++) {
    const date = sameDayMonthsLater(start, 12 * year);
    if (date > end) return dates;
    dates.push(date);
  }
}

/** round(rate × CPI / 100); a CPI of 100 or less leaves the rate as it is. */
export function indexRate(rate: Decimal, cpi: Decimal): Decimal {
  return cpi.greaterThan(100) ? roundGrosz(rate.times(cpi).dividedBy(100)) : rate;
}

export function priceIndexTable(indices: readonly PriceIndexInput[]): Map<number, Decimal> {
  const table = new Map<number, Decimal>();
  for (const { year, cpi } of indices) {
    if (!Number.isInteger(year)) throw new LeaseScheduleError("priceIndex.invalid", `A price index year must be a whole number, got ${year}`);
    if (table.has(year)) throw new LeaseScheduleError("priceIndex.invalid", `The price index table has ${year} twice`);
    table.set(year, decimalIn(cpi, `The CPI of ${year}`, { positive: true }));
  }
  return table;
}

/**
 * The terms from the start, changed by annexes (rate, area) and by indexation on each anniversary.
 * Events are taken in date order; on the same day the indexation comes first, so an annex dated on
 * an anniversary sets the rate the parties agreed. Indexation applies to the rate in force.
 */
export function termsTimeline(input: {
  start: CalendarDate;
  end: CalendarDate;
  rate: Decimal;
  area: Decimal;
  annexes: readonly LeaseAnnexInput[];
  cpi: ReadonlyMap<number, Decimal>;
}): { timeline: TermsEntry[]; indexations: IndexationRecord[] } {
  type Event = { on: CalendarDate; order: number; apply: (rate: Decimal, area: Decimal) => [Decimal, Decimal] };
  const indexations: IndexationRecord[] = [];
  const events: Event[] = [];
  for (const on of anniversaries(input.start, input.end)) {
    events.push({
      on,
      order: 0,
      apply: (rate, area) => {
        const cpiYear = Number(on.slice(0, 4)) - 1;
        const cpi = input.cpi.get(cpiYear);
        const after = cpi === undefined ? rate : indexRate(rate, cpi);
        indexations.push({ on, cpiYear, cpi: cpi === undefined ? null : cpi.toString(), rateBefore: out(rate), rateAfter: out(after) });
        return [after, area];
      },
    });
  }
  input.annexes.forEach((annex, i) => {
    if (annex.effectiveFrom > input.end) return; // after a termination: nothing to charge
    events.push({
      on: annex.effectiveFrom,
      order: 1 + i,
      apply: (rate, area) => [
        annex.rate === undefined ? rate : toDecimal(annex.rate),
        annex.area === undefined ? area : toDecimal(annex.area),
      ],
    });
  });
  events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.order - b.order));

  const timeline: TermsEntry[] = [{ from: input.start, rate: input.rate, area: input.area, monthlyNet: netMonthly(input.rate, input.area) }];
  for (const event of events) {
    const current = timeline[timeline.length - 1]!;
    const [rate, area] = event.apply(current.rate, current.area);
    const entry = { from: event.on, rate, area, monthlyNet: netMonthly(rate, area) };
    if (current.from === event.on) timeline[timeline.length - 1] = entry;
    else timeline.push(entry);
  }
  return { timeline, indexations };
}

// ---------------------------------------------------------------------------------------------
// Step 4. Rent holidays: back to back from the start date.

/** The last rent-free day, or null without holidays. */
export function holidayEnd(start: CalendarDate, holidays: { beforeStartDays: number; renovationDays: number } | undefined): CalendarDate | null {
  if (!holidays) return null;
  for (const days of [holidays.beforeStartDays, holidays.renovationDays]) {
    if (!Number.isInteger(days) || days < 0) throw new LeaseScheduleError("holidays.invalid", `Holiday days must be a whole number ≥ 0, got ${days}`);
  }
  const total = holidays.beforeStartDays + holidays.renovationDays;
  return total === 0 ? null : fromDayNumber(dayNumber(start) + total - 1);
}

// ---------------------------------------------------------------------------------------------
// Step 5. The month's net.

export interface MonthPart {
  from: CalendarDate;
  to: CalendarDate;
  monthlyNet: Decimal;
  chargedDays: number;
  /** round(monthly net × charged days / days in month) */
  net: Decimal;
}

/**
 * Days of the period split where the monthly net changes (anniversary, annex); each part is
 * round(monthly net × charged days / days in the month), the parts are added. Holiday days are not
 * charged. A change that leaves the monthly net as it was (a CPI ≤ 100, an annex of the end date)
 * does not split the month.
 */
export function monthNet(
  period: MonthPeriod,
  timeline: readonly TermsEntry[],
  lastHolidayDay: CalendarDate | null,
): { net: Decimal; rate: Decimal; parts: MonthPart[] } {
  const first = dayNumber(period.from);
  const last = dayNumber(period.to);
  const holidayLast = lastHolidayDay === null ? -Infinity : dayNumber(lastHolidayDay);
  const result: MonthPart[] = [];
  let rate: Decimal | undefined;
  timeline.forEach((entry, i) => {
    const next = timeline[i + 1];
    const from = Math.max(first, dayNumber(entry.from));
    const to = Math.min(last, next ? dayNumber(next.from) - 1 : last);
    if (from > to) return;
    rate = entry.rate;
    const chargedDays = to - Math.max(from - 1, Math.min(to, holidayLast));
    const previous = result[result.length - 1];
    if (previous && previous.monthlyNet.equals(entry.monthlyNet)) {
      previous.to = fromDayNumber(to);
      previous.chargedDays += chargedDays;
    } else {
      result.push({ from: fromDayNumber(from), to: fromDayNumber(to), monthlyNet: entry.monthlyNet, chargedDays, net: new Decimal(0) });
    }
  });
  if (rate === undefined) throw new Error(`No terms in force in ${period.month}`);
  for (const part of result) part.net = roundGrosz(part.monthlyNet.times(part.chargedDays).dividedBy(period.daysInMonth));
  return { net: result.reduce((sum, p) => sum.plus(p.net), new Decimal(0)), rate, parts: result };
}

// ---------------------------------------------------------------------------------------------
// Step 6. VAT and gross per row.

export function withVat(net: Decimal, vatRate: Decimal): { net: Decimal; vat: Decimal; gross: Decimal } {
  const vat = roundGrosz(net.times(vatRate));
  return { net, vat, gross: net.plus(vat) };
}

// ---------------------------------------------------------------------------------------------
// Step 7. Offsets of accepted tenant investments.

/**
 * DOMAIN.md: offsets start in the month after the acceptance date; each month's offset is at most
 * round(share × that month's gross); it draws on the investments in order of acceptance (equal
 * dates in the order given), moving on to the next within the same month when one is used up.
 * What is left of each investment at the end is its remainder.
 */
export function offsetsFromInvestments(
  rows: readonly { month: string; gross: Decimal }[],
  share: Decimal | readonly Decimal[],
  investments: readonly InvestmentInput[],
): { offsets: Decimal[]; investments: InvestmentSettlement[] } {
  const shares = rows.map((_, i) => (share instanceof Decimal ? share : share[i] ?? new Decimal(0)));
  const tooHigh = shares.find((s) => s.greaterThan(1));
  if (tooHigh) throw new LeaseScheduleError("offset.invalid", `The offset share is a fraction of the gross, at most 1, got ${tooHigh.toString()}`);
  const pool = investments
    .map((inv, i) => {
      parts(inv.acceptedOn, `The acceptance date of investment ${inv.id}`);
      const amount = decimalIn(inv.amount, `The amount of investment ${inv.id}`);
      if (amount.decimalPlaces() > 2) throw new LeaseScheduleError("investment.invalid", `The amount of investment ${inv.id} has fractions of a grosz`);
      return { inv, i, amount, left: amount, firstMonth: sameMonthNext(inv.acceptedOn) };
    })
    .sort((a, b) => (a.inv.acceptedOn < b.inv.acceptedOn ? -1 : a.inv.acceptedOn > b.inv.acceptedOn ? 1 : a.i - b.i));
  const offsets = rows.map((row, r) => {
    let room = roundGrosz(shares[r]!.times(row.gross));
    let offset = new Decimal(0);
    for (const item of pool) {
      if (room.isZero()) break;
      if (item.firstMonth > row.month || item.left.isZero()) continue;
      const take = Decimal.min(room, item.left);
      item.left = item.left.minus(take);
      room = room.minus(take);
      offset = offset.plus(take);
    }
    return offset;
  });
  const settlements = [...pool]
    .sort((a, b) => a.i - b.i)
    .map(({ inv, amount, left }) => ({
      id: inv.id,
      title: inv.title ?? "",
      accepted: out(amount),
      offset: out(amount.minus(left)),
      remainder: out(left),
    }));
  return { offsets, investments: settlements };
}

/** The share in force on each period's first day: the lease's, then each change from its date (in date order). */
export function offsetShares(periods: readonly { from: CalendarDate }[], share: Decimal, changes: readonly OffsetShareChange[]): Decimal[] {
  const timeline = changes
    .map((c, i) => {
      parts(c.from, "An offset share change's date");
      return { from: c.from, share: decimalIn(c.share, `The offset share from ${c.from}`), i };
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.i - b.i));
  return periods.map((p) => timeline.reduce((current, c) => (c.from <= p.from ? c.share : current), share));
}

/** "2024-05-20" → "2024-06": the first month an investment accepted that day is offset in. */
function sameMonthNext(date: CalendarDate): string {
  const [y, m] = parts(date, "Date");
  return m === 12 ? iso(y + 1, 1, 1).slice(0, 7) : iso(y, m + 1, 1).slice(0, 7);
}

// ---------------------------------------------------------------------------------------------
// Step 8. The schedule: to pay = gross − offset; totals are the sums of the rows.

export function leaseSchedule(input: LeaseScheduleInput): LeaseSchedule {
  const term = leaseTerm(input);
  const rate = decimalIn(input.rate, "The rate");
  const area = decimalIn(input.area, "The area", { positive: true });
  const vatRate = decimalIn(input.vatRate, "The VAT rate");
  const cpi = priceIndexTable(input.priceIndices);
  const { timeline, indexations } = termsTimeline({ start: term.start, end: term.end, rate, area, annexes: term.annexes, cpi });
  const lastHolidayDay = holidayEnd(term.start, input.holidays);

  const periods = monthPeriods(term.start, term.end);
  const invoiced = periods.map((period) => {
    const month = monthNet(period, timeline, lastHolidayDay);
    return { month: period.month, rate: month.rate, ...withVat(month.net, vatRate) };
  });

  let offsets: Decimal[] = invoiced.map(() => new Decimal(0));
  let investments: InvestmentSettlement[] = [];
  if (input.investmentOffset && input.offsets) {
    throw new LeaseScheduleError("offset.invalid", "Give either investments to offset or offsets per month, not both");
  }
  if (input.investmentOffset) {
    const share = decimalIn(input.investmentOffset.share, "The offset share");
    const shares = offsetShares(periods, share, input.investmentOffset.shareChanges ?? []);
    ({ offsets, investments } = offsetsFromInvestments(invoiced, shares, input.investmentOffset.investments));
  } else if (input.offsets) {
    const byMonth = new Map(invoiced.map((row, i) => [row.month, i]));
    for (const [month, value] of Object.entries(input.offsets)) {
      const i = byMonth.get(month);
      const row = i === undefined ? undefined : invoiced[i];
      if (i === undefined || !row) throw new LeaseScheduleError("offset.invalid", `An offset is given for ${month}, a month outside the schedule`);
      const offset = decimalIn(value, `The offset of ${month}`);
      if (offset.decimalPlaces() > 2) throw new LeaseScheduleError("offset.invalid", `The offset of ${month} has fractions of a grosz`);
      if (offset.greaterThan(row.gross)) throw new LeaseScheduleError("offset.invalid", `The offset of ${month} (${value}) is more than its gross (${out(row.gross)})`);
      offsets[i] = offset;
    }
  }

  const rows: ScheduleRow[] = invoiced.map((row, i) => {
    const offset = offsets[i] ?? new Decimal(0);
    return {
      month: row.month,
      rate: out(row.rate),
      net: out(row.net),
      vat: out(row.vat),
      gross: out(row.gross),
      offset: out(offset),
      toPay: out(row.gross.minus(offset)),
    };
  });
  const sum = (key: keyof ScheduleTotals): string => out(rows.reduce((s, row) => s.plus(row[key]), new Decimal(0)));
  const pending = indexations.find((ix) => ix.cpi === null);
  return {
    startDate: term.start,
    endDate: term.end,
    rows,
    totals: { net: sum("net"), vat: sum("vat"), gross: sum("gross"), offset: sum("offset"), toPay: sum("toPay") },
    deposit:
      input.depositMultiple === undefined
        ? null
        : out(depositOf(monthlyRent({ rate, area, vatRate }).gross, decimalIn(input.depositMultiple, "The deposit multiple"))),
    indexations,
    provisionalFrom: pending ? pending.on : null,
    investments,
  };
}
