// Rent holidays are granted in days (the policy caps them in days), while the aid schedule counts
// whole months. A month touched by a holiday counts as a month of holiday: the aid is never
// understated, which is what matters for the de minimis ceiling. A month is 30 days here.
export const DAYS_PER_MONTH = 30;

export interface RentHolidays {
  /** From signing until the activity starts, at the beginning of the term. */
  beforeStartDays: number;
  /** During the tenant's renovation after opening; taken to follow the first holiday. */
  renovationDays: number;
}

/** Whole months a number of holiday days covers, rounded up: 1–30 days → 1, 31–60 → 2, … */
export function holidayMonthCount(days: number): number {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Holiday days must be a whole number ≥ 0, got ${days}`);
  return Math.ceil(days / DAYS_PER_MONTH);
}

/** The month indexes (k = 0 first) of the term counted as rent-free, for aidSchedule's holidayMonths. */
export function holidayMonths(holidays: RentHolidays, termMonths: number): number[] {
  const count = holidayMonthCount(holidays.beforeStartDays) + holidayMonthCount(holidays.renovationDays);
  return Array.from({ length: Math.min(count, termMonths) }, (_, k) => k);
}
