// Calendar dates. THE representation of a calendar date (a start of a lease, a grant date, the day
// a policy takes effect, an inspection) is a CalendarDate: the ISO string "YYYY-MM-DD", on the
// wire, in the code and in the database (a text column). It compares as a string and carries no
// time zone. An instant (a Date, a timestamp) is not a calendar date: it becomes one as the day it
// is in Kraków (Europe/Warsaw), where the decisions are made, never as the day it is in UTC.
// The zod schema of a CalendarDate is `CalendarDate` in shared/contracts/common.ts.

/** "2026-11-23": a day of the calendar, no time, no zone. */
export type CalendarDate = string;

/** The city's time zone: "today", the day of an instant and the year of a reference are read in it. */
export const CITY_TIME_ZONE = "Europe/Warsaw";

/** Where rules read the current time; the app passes one down, tests pass a fixed one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at an instant ("2026-12-31T23:30:00Z"), for tests. */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return { now: () => new Date(at.getTime()) };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const cityDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: CITY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "2026-11-23" stays as is; a Date or a timestamp string becomes its day in Europe/Warsaw. */
export function toIsoDate(date: CalendarDate | Date): CalendarDate {
  if (typeof date === "string" && ISO_DATE.test(date)) {
    if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
    return date;
  }
  const instant = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(date)}`);
  const parts = Object.fromEntries(cityDay.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today in Kraków by the clock: at 2026-12-31T23:30Z it is already "2027-01-01". */
export function todayIn(clock: Clock): CalendarDate {
  return toIsoDate(clock.now());
}

/** The calendar year of an instant in Kraków (2027 for 2026-12-31T23:30Z). */
export function cityYearOf(instant: Date | string): number {
  return Number(toIsoDate(instant).slice(0, 4));
}

/** "23.11.2026"; a calendar date is taken literally, an instant is read in Europe/Warsaw. */
export function formatDate(isoOrDate: CalendarDate | Date): string {
  const [year, month, day] = toIsoDate(isoOrDate).split("-");
  return `${day}.${month}.${year}`;
}

/** The calendar date `days` days after (or before, when negative) a date: "2026-12-30" + 3 → "2027-01-02". */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const at = new Date(`${toIsoDate(date)}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
