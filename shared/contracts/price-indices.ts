import { z } from "zod";
import type { PriceIndexInput } from "@shared/domain/lease-schedule.ts";
import { addValidationMessages } from "@shared/i18n/validation.ts";

// The price index table: the GUS annual average consumer price index (previous year = 100) by
// calendar year, which indexes lease rents on each anniversary (DOMAIN.md, lease schedule conventions).
// Canonical decimal strings, like the other tables the admin keeps (rate policy, discount rates): a dot,
// at most one decimal as GUS publishes it; "114,4" and JSON numbers (floats) are refused.

export const PRICE_INDEX_YEARS = { min: 1990, max: 2100 } as const;
/** In tenths of a point: 50.0 to 999.9 (1990's annual average was 685.8; a year of deflation is ~99). */
export const CPI_TENTHS = { min: 500, max: 9999 } as const;

const CPI_TEXT = /^\d{1,3}(\.\d)?$/;

/** "114.4" → 1144, "105" → 1050; null for anything that is not a canonical decimal of at most one place. */
export function cpiTenthsFromString(value: string): number | null {
  if (!CPI_TEXT.test(value)) return null;
  const [whole = "", fraction = "0"] = value.split(".");
  return Number(whole) * 10 + Number(fraction);
}

/** 1144 → "114.4": the wire format, always one decimal. */
export function cpiTenthsToString(tenths: number): string {
  return `${Math.trunc(tenths / 10)}.${tenths % 10}`;
}

export const Cpi = z.string({ message: "cpi.invalid" })
  .regex(CPI_TEXT, "cpi.invalid")
  .refine((value) => {
    const tenths = cpiTenthsFromString(value);
    return tenths === null || (tenths >= CPI_TENTHS.min && tenths <= CPI_TENTHS.max); // bad form: the regex says so
  }, "cpi.range")
  .meta({ description: "GUS annual average CPI, previous year = 100, with a dot and at most one decimal", example: "114.4" });

const yearNumber = z.number().int("year.invalid").min(PRICE_INDEX_YEARS.min, "year.invalid").max(PRICE_INDEX_YEARS.max, "year.invalid");

/** The year in the path: four digits, nothing else ("2022", not "2022.0" or " 2022"). */
export const PriceIndexYear = z.object({
  year: z.string().regex(/^\d{4}$/, "year.invalid").transform(Number).pipe(yearNumber),
});

/** What the admin sends for one year (the year is in the path). */
export const PriceIndexBody = z.object({ cpi: Cpi }).meta({ id: "PriceIndexBody" });
export type PriceIndexBody = z.infer<typeof PriceIndexBody>;

/** One row of the table, as listed; the shape the lease schedule takes (shared/domain/lease-schedule.ts). */
export const PriceIndex = z.object({
  year: yearNumber,
  cpi: z.string().regex(/^\d{1,3}\.\d$/).meta({ example: "114.4" }),
}).meta({ id: "PriceIndex" });
export type PriceIndex = z.infer<typeof PriceIndex>;

// The contract and the domain input must describe the same thing.
type Assert<T extends true> = T;
export type PriceIndexMatchesDomain = Assert<PriceIndex extends PriceIndexInput ? true : false>;

addValidationMessages({
  "cpi.invalid": {
    pl: "Wskaźnik cen podaj z kropką i najwyżej jednym miejscem po niej, np. 114.4.",
    en: "Give the price index with a dot and at most one decimal, e.g. 114.4.",
  },
  "cpi.range": {
    pl: "Wskaźnik cen (rok poprzedni = 100) musi mieścić się między 50.0 a 999.9.",
    en: "The price index (previous year = 100) must be between 50.0 and 999.9.",
  },
  "year.invalid": {
    pl: `Rok podaj jako liczbę od ${PRICE_INDEX_YEARS.min} do ${PRICE_INDEX_YEARS.max}.`,
    en: `Give the year as a number from ${PRICE_INDEX_YEARS.min} to ${PRICE_INDEX_YEARS.max}.`,
  },
  "year.notOver": {
    pl: "Średnioroczny wskaźnik GUS za ten rok nie jest jeszcze znany: rok musi się zakończyć.",
    en: "The GUS annual average for this year is not known yet: the year must be over.",
  },
});
