// Calendar dates as ISO strings ("2026-11-23"): they compare as strings and carry no time zone.
// A Date (an instant) is read as the calendar day in Kraków, where the decisions are made.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const warsawDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Warsaw",
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
export function toIsoDate(date: string | Date): string {
  if (typeof date === "string" && ISO_DATE.test(date)) {
    if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
    return date;
  }
  const instant = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(date)}`);
  const parts = Object.fromEntries(warsawDay.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
