import { z } from "zod";
import { readDecimalDigits } from "@shared/domain/decimal-text.ts";

/**
 * Reusable fragments of the API contracts. Amounts, rates and areas travel as decimal strings
 * ("42.50") and are held as integers in minor units (grosze, dm²) once parsed: never as floats.
 */

const MAX_WHOLE_DIGITS = 12; // below 10^12: far above any amount or area here

/**
 * "42,5" -> 4250: a non-negative exact decimal with at most two places, as an integer of hundredths.
 * Read by THE decimal grammar (readDecimalDigits, shared/domain/decimal-text.ts, as parseDecimal is), on
 * the digits alone so that the client's filters need no big-number library.
 */
export function hundredthsFromString(value: string): number | null {
  const parsed = readDecimalDigits(value, 2);
  if (parsed === null || parsed.whole.length > MAX_WHOLE_DIGITS) return null;
  const minor = Number(parsed.whole) * 100 + Number(parsed.fraction.padEnd(2, "0"));
  return parsed.negative && minor !== 0 ? null : minor;
}

/** 4250 -> "42.50": the wire format of amounts, rates and areas (a bigint from a BigInt column, exact). */
export function hundredthsToString(value: number | bigint): string {
  const minor = BigInt(value);
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/**
 * The largest amount the database holds: amounts and areas are 32-bit integer columns of minor units
 * (grosze, euro cents, dm²), so 21 474 836.47 at most. Every decimal input is bounded by it or less.
 */
export const MAX_MINOR_UNITS = 2_147_483_647;

/** A non-negative decimal string with at most two decimals, parsed to hundredths, at most `max` of them. */
export const hundredths = (messageKey = "decimal.invalid", max: number = MAX_MINOR_UNITS) =>
  z.union([z.string(), z.number()], { message: messageKey }).transform((raw, ctx) => {
    const parsed = hundredthsFromString(String(raw));
    if (parsed === null || parsed > Math.min(max, MAX_MINOR_UNITS)) {
      ctx.addIssue({ code: "custom", message: messageKey });
      return z.NEVER;
    }
    return parsed;
  });

/** The wire format of an exact amount: "1234.56". */
export const DecimalString = z.string().regex(/^-?\d+\.\d{2}$/).meta({ description: "Exact decimal with two places", example: "42.50" });

/** A calendar date, "2026-11-23" (shared/domain/dates.ts says why this is the one representation). */
export const CalendarDate = z.iso.date({
  // "2025-02-31" has the right form but is no day: say so, not that the format is wrong.
  error: (issue) => (typeof issue.input === "string" && /^\d{4}-\d{2}-\d{2}$/.test(issue.input) ? "date.nonexistent" : "date.invalid"),
});

/** A query parameter that may be repeated (?a=x&a=y) or comma-separated (?a=x,y). */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((raw) => {
    const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(","));
    return values.map((v) => v.trim()).filter((v) => v !== "");
  }, z.array(item));
}

export const booleanParam = z.enum(["true", "false", "1", "0", "tak", "nie"], { message: "boolean.invalid" })
  .transform((v) => v === "true" || v === "1" || v === "tak");

export const Paging = z.object({
  page: z.coerce.number({ message: "page.invalid" }).int("page.invalid").min(1, "page.invalid").default(1),
  pageSize: z.coerce.number({ message: "pageSize.invalid" }).int("pageSize.invalid").min(1, "pageSize.invalid").max(100, "pageSize.invalid").default(20),
});

export const PageInfo = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pages: z.number().int(),
});

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.string() })).optional(),
}).meta({ id: "Problem", description: "RFC 9457 problem document" });
export type Problem = z.infer<typeof Problem>;
