/**
 * Decimals as text: the one grammar for reading them and the Polish way of writing them, done on the
 * digits alone. Exact by construction, so the client can show amounts without a big-number library;
 * arithmetic and THE rounding rule stay in money.ts. Nothing here rounds: an amount with more decimals
 * than it may show is refused, because it should have been rounded where the rule says.
 */

/** Separator between digit groups and before units. Polish typesetting keeps "1 234,56 zł" on one line. */
export const NBSP = "\u00a0";

/** A decimal read from text: its sign, its whole part without leading zeros ("0" at least), its fraction as written. */
export interface DecimalDigits {
  negative: boolean;
  whole: string;
  fraction: string;
}

const USER_INPUT = /^(-)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/;
const CANONICAL = /^(-)?(\d+)(?:\.(\d+))?$/;

const withoutLeadingZeros = (digits: string) => digits.replace(/^0+(?=\d)/, "");

/**
 * THE decimal grammar: "42.5", "42,50", "1 234,56" as typed by a person or sent by the API. Spaces are
 * accepted only as thousands separators; more than `maxScale` decimals is refused rather than rounded,
 * because a silent rounding of user input is a wrong amount. parseDecimal (money.ts) reads through it.
 */
export function readDecimalDigits(s: string, maxScale = 2): DecimalDigits | null {
  const m = USER_INPUT.exec(s.trim());
  if (!m) return null;
  const [, sign, whole = "", fraction = ""] = m;
  if (fraction.length > maxScale) return null;
  return { negative: sign === "-", whole: withoutLeadingZeros(whole.replace(/\D/g, "")), fraction };
}

/** "-1234.5" → "-1 234,50" with `decimals` places; throws when the string has more places than that. */
function polishNumber(canonical: string, decimals: number): string {
  const m = CANONICAL.exec(canonical);
  if (!m) throw new TypeError(`Not a canonical decimal string: "${canonical}"`);
  const [, sign, whole = "", fraction = ""] = m;
  if (fraction.length > decimals) throw new RangeError(`${canonical} has more than ${decimals} decimals; round it first`);
  const frac = fraction.padEnd(decimals, "0");
  const grouped = withoutLeadingZeros(whole).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const zero = /^0*$/.test(whole + frac);
  return `${sign && !zero ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

const amount = (x: string) => polishNumber(x, 2);

/** "1234.56" → "1 234,56 zł" (U+00A0 between groups and before the unit). */
export const formatPLN = (x: string): string => `${amount(x)}${NBSP}zł`;
/** "1234.56" → "1 234,56 EUR" */
export const formatEUR = (x: string): string => `${amount(x)}${NBSP}EUR`;
/** "42.50" → "42,50 m²" */
export const formatArea = (x: string): string => `${amount(x)}${NBSP}m²`;
/** "12.34" → "12,34 zł/m²" (net per month, as rates are quoted) */
export const formatRate = (x: string): string => `${amount(x)}${NBSP}zł/m²`;

/**
 * Percentage points as written, trailing zeros dropped: "80" → "80%", "6.68" → "6,68%", "12.50" → "12,5%".
 * At most `maxDecimals` places; more is refused, not rounded.
 */
export function formatPercent(x: string, maxDecimals = 2): string {
  const [whole = "", fraction = ""] = x.split(".");
  const kept = fraction.replace(/0+$/, "");
  if (kept.length > maxDecimals) throw new RangeError(`${x} has more than ${maxDecimals} decimals; round it first`);
  return `${polishNumber(kept ? `${whole}.${kept}` : whole, kept.length)}%`;
}

/** "10" → "10 p.p." (punkty procentowe), for adjustments added to a discount. */
export const formatPoints = (x: string): string => `${formatPercent(x).slice(0, -1)}${NBSP}p.p.`;
