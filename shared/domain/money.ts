import Decimal from "decimal.js";
import * as text from "./decimal-text.ts";

/**
 * A decimal value from code: a Decimal, a canonical string ("40.00", "0.23", "-5") or an integer.
 * Non-integer numbers are refused: 0.23 as a binary float is not 0.23.
 */
export type DecimalLike = Decimal | string | number;

export { NBSP } from "./decimal-text.ts";

const CANONICAL = /^-?\d+(\.\d+)?$/;

export function toDecimal(x: DecimalLike): Decimal {
  if (typeof x === "number") {
    if (!Number.isSafeInteger(x)) throw new TypeError(`Only integers may be passed as numbers, got ${x}`);
    return new Decimal(x);
  }
  if (typeof x === "string") {
    if (!CANONICAL.test(x)) throw new TypeError(`Not a canonical decimal string: "${x}"`);
    return new Decimal(x);
  }
  if (!x.isFinite()) throw new TypeError(`Not a finite decimal: ${x.toString()}`);
  return x;
}

/**
 * THE rounding rule: half-up (ties away from zero) to 2 decimals. Used for grosz, euro cents and
 * rates per m², so every party gets the same result.
 */
export function roundGrosz(x: DecimalLike): Decimal {
  const rounded = toDecimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/**
 * THE decimal parser: every decimal read from text (API input, forms, CSV cells, minor-unit
 * helpers such as hundredthsFromString) goes through its grammar (readDecimalDigits in
 * decimal-text.ts). Reads "42.5", "42,50", "1 234,56"; more than `maxScale` decimals is refused
 * rather than rounded, because a silent rounding of user input is a wrong amount.
 */
export function parseDecimal(s: string, maxScale = 2): Decimal | null {
  const digits = text.readDecimalDigits(s, maxScale);
  if (!digits) return null;
  const { negative, whole, fraction } = digits;
  const value = new Decimal(`${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`);
  return value.isZero() ? new Decimal(0) : value;
}

/** Exact amount in grosz (or cents) as a safe integer; throws when the amount has fractions of a grosz. */
export function toMinor(d: DecimalLike): number {
  const minor = toDecimal(d).times(100);
  if (!minor.isInteger()) throw new RangeError(`${toDecimal(d).toString()} is not a whole number of grosz`);
  const n = minor.toNumber();
  if (!Number.isSafeInteger(n)) throw new RangeError(`${minor.toString()} grosz is out of the safe integer range`);
  return n;
}

/** Grosze (or cents) back to the amount; a bigint is a BigInt column (a total that can pass 2^31). */
export function fromMinor(n: number | bigint): Decimal {
  if (typeof n === "bigint") return new Decimal(n.toString()).dividedBy(100);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe integer: ${n}`);
  return new Decimal(n).dividedBy(100);
}

/** A BigInt column's minor units as a number for arithmetic in code; throws beyond 2^53 (never silently inexact). */
export function minorNumber(n: number | bigint): number {
  const value = Number(n);
  if (!Number.isSafeInteger(value)) throw new RangeError(`${n.toString()} is out of the safe integer range`);
  return value;
}

/** API wire format "42.50". Throws if the value is not already rounded: round where the rule says. */
export function toFixed2String(d: DecimalLike): string {
  const value = toDecimal(d);
  if (value.decimalPlaces() > 2) throw new RangeError(`${value.toString()} has more than 2 decimals; round it first`);
  return roundGrosz(value).toFixed(2);
}

/** Rounded by THE rule, then written by decimal-text.ts, which never rounds. */
const amount = (x: DecimalLike): string => roundGrosz(x).toFixed(2);

/** "1 234,56 zł" (U+00A0 between groups and before the unit). */
export const formatPLN = (x: DecimalLike): string => text.formatPLN(amount(x));
/** "1 234,56 EUR" */
export const formatEUR = (x: DecimalLike): string => text.formatEUR(amount(x));
/** "42,50 m²" */
export const formatArea = (x: DecimalLike): string => text.formatArea(amount(x));
/** "12,34 zł/m²" (net per month, as rates are quoted) */
export const formatRate = (x: DecimalLike): string => text.formatRate(amount(x));

/**
 * Takes percentage points, not a fraction: formatPercent("80") → "80%", formatPercent("6.68") → "6,68%".
 * For a fraction such as a VAT rate "0.23", pass toDecimal("0.23").times(100).
 */
export function formatPercent(x: DecimalLike, maxDecimals = 2): string {
  return text.formatPercent(toDecimal(x).toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP).toFixed(), maxDecimals);
}

/** "10 p.p." (punkty procentowe), for adjustments added to a discount. */
export const formatPoints = (x: DecimalLike): string => `${formatPercent(x).slice(0, -1)}${text.NBSP}p.p.`;
