import { z } from "zod";
import { CATEGORY_CODES, type CategoryCode, type RatePolicy } from "@shared/domain/rate-policy.ts";
import { addValidationMessages } from "@shared/i18n/validation.ts";
import { DecimalString, CalendarDate, booleanParam } from "./common.ts";

// Canonical decimal strings, as the domain modules take them (toDecimal refuses "5,00" and floats).
const RATE = /^\d{1,6}\.\d{2}$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const FRACTION = /^0(\.\d{1,4})?$/;

export const Category = z.enum(CATEGORY_CODES as [CategoryCode, ...CategoryCode[]], { message: "category.invalid" });

const Rate = z.string().regex(RATE, "rate.invalid");
const Percent = z.string().regex(PERCENT, "percent.invalid").refine((p) => Number(p.split(".")[0]) <= 100, "percent.invalid");
const Days = z.number().int("days.invalid").min(0, "days.invalid").max(366, "days.invalid");

export const CategoryRule = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("discount"), percent: Percent }),
  z.object({ kind: z.literal("fixed"), rate: Rate }),
], { message: "rule.invalid" });

/** What the city adopts: the rules of one version of the policy. */
export const RatePolicyRules = z.object({
  floorRate: Rate,
  vatRate: z.string().regex(FRACTION, "vatRate.invalid"),
  adjustments: z.object({ socialPoolPoints: Percent, renovationPoints: Percent, combine: z.literal("once") }),
  holidays: z.object({ beforeStartMaxDays: Days, renovationMaxDays: Days }),
  categories: z.array(z.object({
    code: Category,
    label: z.string().trim().min(1, "required").max(200),
    rule: CategoryRule,
  })).min(1, "categories.required").refine((list) => new Set(list.map((c) => c.code)).size === list.length, "categories.duplicate"),
  leaseDefaults: z.object({
    depositMultiple: z.number({ message: "depositMultiple.invalid" }).int("depositMultiple.invalid").min(0, "depositMultiple.invalid").max(12, "depositMultiple.invalid"),
    paymentDay: z.number({ message: "paymentDay.invalid" }).int("paymentDay.invalid").min(1, "paymentDay.invalid").max(28, "paymentDay.invalid"),
    offsetShare: z.string().regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, "offsetShare.invalid"),
    remainderAtEnd: z.enum(["refund", "forfeit"], { message: "remainderAtEnd.invalid" }),
  }).strict().optional().meta({ description: "Lease terms for a lease whose request does not give them (deposit multiple, payment day, offset share, remainder at the end)." }),
});

export const RatePolicyInput = RatePolicyRules.extend({
  name: z.string().trim().min(3, "required").max(200),
  effectiveFrom: CalendarDate,
  isExample: z.boolean().default(false),
}).meta({ id: "RatePolicyInput" });
export type RatePolicyInput = z.infer<typeof RatePolicyInput>;

export const RatePolicyVersion = RatePolicyInput.extend({
  id: z.string(),
  createdAt: z.string(),
  /** Decisions that cite this version; a version in use can no longer change. */
  decisions: z.number().int(),
}).meta({ id: "RatePolicyVersion" });
export type RatePolicyVersion = z.infer<typeof RatePolicyVersion>;

// The contract and the domain type must describe the same thing.
type Assert<T extends true> = T;
export type RatePolicyMatchesDomain = Assert<RatePolicyVersion extends RatePolicy ? true : false>;

export const RatePolicyId = z.object({ id: z.string().uuid({ message: "id.invalid" }) });
export const RatePolicyOn = z.object({ on: CalendarDate.optional() });

export const DiscountRateInput = z.object({
  from: CalendarDate,
  baseRate: z.string().regex(FRACTION, "fraction.invalid"),
  discountRate: z.string().regex(FRACTION, "fraction.invalid"),
}).meta({ id: "DiscountRate" });
export type DiscountRateInput = z.infer<typeof DiscountRateInput>;

// ---- the quote

export const QuoteQuery = z.object({
  category: Category.optional(),
  tenantWillRenovate: booleanParam.default(false),
  months: z.coerce.number({ message: "months.invalid" }).int("months.invalid").min(1, "months.invalid").max(120, "months.invalid").default(12),
});
export type QuoteQuery = z.infer<typeof QuoteQuery>;

export const QuoteLine = z.object({
  category: Category,
  label: z.string(),
  rule: CategoryRule,
  basePercent: z.string().nullable(),
  adjustmentPoints: z.string(),
  adjustmentReasons: z.array(z.enum(["social-pool", "renovation"])),
  effectivePercent: z.string().nullable(),
  computedRate: DecimalString,
  floorApplied: z.boolean(),
  rate: DecimalString,
  derivation: z.array(z.string()),
  monthly: z.object({ net: DecimalString, vat: DecimalString, gross: DecimalString }),
  /** Base rent − preferential rent, a month and over the quoted months; discounted when a rate is on file. */
  aid: z.object({ monthly: DecimalString, nominal: DecimalString, discounted: DecimalString.nullable() }),
}).meta({ id: "QuoteLine" });
export type QuoteLine = z.infer<typeof QuoteLine>;

export const PolicyRef = z.object({
  id: z.string(), name: z.string(), effectiveFrom: z.string(), isExample: z.boolean(),
}).meta({ id: "PolicyRef" });

export const Quote = z.object({
  premisesId: z.string(),
  area: DecimalString,
  baseRate: DecimalString,
  baseMonthly: DecimalString,
  policy: PolicyRef,
  vatRate: z.string(),
  tenantWillRenovate: z.boolean(),
  months: z.number().int(),
  discountRate: z.string().nullable(),
  lines: z.array(QuoteLine),
}).meta({ id: "Quote" });
export type Quote = z.infer<typeof Quote>;

addValidationMessages({
  "depositMultiple.invalid": { pl: "Krotność kaucji to liczba całkowita 0–12.", en: "The deposit multiple is a whole number 0–12." },
  "paymentDay.invalid": { pl: "Dzień płatności to liczba 1–28.", en: "The payment day is a number 1–28." },
  "offsetShare.invalid": { pl: "Udział potrącenia podaj jako ułamek 0–1, np. 0.50.", en: "Give the offset share as a fraction 0–1, e.g. 0.50." },
  "remainderAtEnd.invalid": { pl: "Dozwolone wartości: refund (zwrot) lub forfeit (przepadek).", en: "Allowed values: refund or forfeit." },
  "category.invalid": { pl: "Nieznana kategoria wnioskodawcy.", en: "Unknown applicant category." },
  "rate.invalid": { pl: "Stawkę podaj w zł za m² z dwoma miejscami po kropce, np. 5.00.", en: "Give the rate in zł per m² with two decimals, e.g. 5.00." },
  "percent.invalid": { pl: "Podaj procent od 0 do 100, np. 80 lub 12.5.", en: "Give a percentage from 0 to 100, e.g. 80 or 12.5." },
  "vatRate.invalid": { pl: "Stawkę VAT podaj jako ułamek, np. 0.23.", en: "Give the VAT rate as a fraction, e.g. 0.23." },
  "fraction.invalid": { pl: "Podaj ułamek, np. 0.0668.", en: "Give a fraction, e.g. 0.0668." },
  "days.invalid": { pl: "Liczba dni musi być liczbą całkowitą od 0 do 366.", en: "Days must be a whole number from 0 to 366." },
  "rule.invalid": { pl: "Reguła to zniżka (discount) albo stawka stała (fixed).", en: "A rule is a discount or a fixed rate." },
  "categories.required": { pl: "Polityka musi mieć co najmniej jedną kategorię.", en: "A policy needs at least one category." },
  "categories.duplicate": { pl: "Każda kategoria może wystąpić tylko raz.", en: "Each category may appear only once." },
  "category.notInPolicy": { pl: "Obowiązująca polityka stawek nie ma tej kategorii.", en: "The policy in force has no such category." },
  "months.invalid": { pl: "Okres podaj w pełnych miesiącach, od 1 do 120.", en: "Give the term in whole months, from 1 to 120." },
});

/** A correction of the discount rate in force from the date in the path. */
export const DiscountRateFrom = z.object({ from: CalendarDate });
export const DiscountRateCorrection = DiscountRateInput.omit({ from: true }).meta({ id: "DiscountRateCorrection" });
export type DiscountRateCorrection = z.infer<typeof DiscountRateCorrection>;
