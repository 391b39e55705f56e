import { z } from "zod";
import { addValidationMessages } from "@shared/i18n/validation.ts";
import { CalendarDate, DecimalString } from "./common.ts";
import { InvestmentCategory } from "./investments.ts";
import { AccessibilityLevel, Condition, District, Status } from "./premises.ts";

// GET /api/statistics: the diagnosis of Recommendation 9, aggregates only (no organisation, person or
// single lease in it). Amounts are exact decimal strings in zł (or EUR); periods are Kraków's calendar
// months ("2026-12"), quarters ("2026-Q4") and years.

const Count = z.number().int().min(0);

export const PremisesCount = z.object({ district: District, status: Status, count: Count });

export const ConditionCount = z.object({ condition: Condition, count: Count });

export const LevelCounts = z.object({ total: Count, full: Count, partial: Count, none: Count });

/** At the end of a month (the current one: today), rebuilt backwards from today through the audit trail. */
export const AccessibilityPoint = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** The social pool (socialPool, not withdrawn). */
  pool: LevelCounts,
  /** Every premises of the register that is not withdrawn. */
  register: LevelCounts,
});

export const ApplicationsQuarter = z.object({
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
  submitted: Count,
  approved: Count,
  rejected: Count,
  /** Median of the calendar days from submission to decision, of the decisions of the quarter; null: none. */
  medianDaysToDecision: z.number().nullable(),
});

/** Leases by the year they start (drafts left out). The preference: base rent minus the lease's rent, net, for a whole month at the start. */
export const LeasesYear = z.object({
  year: z.number().int(),
  leases: Count,
  preferential: Count,
  monthlyPreference: DecimalString,
});

export const DeMinimisYear = z.object({
  year: z.number().int(),
  grants: Count,
  /** Gross aid equivalent (discounted) in zł. */
  amountPln: DecimalString,
  amountEur: DecimalString,
});

export const InvestmentsYear = z.object({
  year: z.number().int(),
  category: InvestmentCategory,
  proposed: Count,
  /** Consented (and later completed or accepted), with the amounts the city approved. */
  consented: Count,
  consentedAmount: DecimalString,
  /** Accepted after completion: the amounts settled against rent. */
  accepted: Count,
  acceptedAmount: DecimalString,
});

export const Statistics = z.object({
  /** The latest change of the data behind these figures; null for an empty register. */
  dataUpdatedAt: z.string().nullable(),
  premises: z.array(PremisesCount),
  conditions: z.array(ConditionCount),
  accessibilityLevels: z.array(z.object({ level: AccessibilityLevel, count: Count })),
  accessibilityOverTime: z.array(AccessibilityPoint),
  applications: z.array(ApplicationsQuarter),
  leases: z.array(LeasesYear),
  leasesInForce: z.object({ leases: Count, preferential: Count, monthlyPreference: DecimalString }),
  deMinimis: z.array(DeMinimisYear),
  investments: z.array(InvestmentsYear),
}).meta({ id: "Statistics" });
export type Statistics = z.infer<typeof Statistics>;

/** GET /api/open-data: what is published, under which licence, and when the data last changed. */
export const OpenDataCatalogue = z.object({
  licence: z.object({ id: z.literal("CC-BY-4.0"), url: z.string() }),
  publisher: z.object({ name: z.string(), address: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  dataUpdatedAt: z.string().nullable(),
  /** Premises in the public exports (every status but withdrawn). */
  premisesCount: Count,
  downloads: z.object({ premisesCsv: z.string(), premisesGeojson: z.string(), statisticsCsv: z.string(), statistics: z.string(), openApi: z.string() }),
}).meta({ id: "OpenDataCatalogue" });
export type OpenDataCatalogue = z.infer<typeof OpenDataCatalogue>;

/** GET /api/statistics/de-minimis-report.csv: the aid granted from `from` to `to` (grant dates, both included). */
export const AidReportQuery = z.object({ from: CalendarDate, to: CalendarDate })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "period.endBeforeStart" });
export type AidReportQuery = z.infer<typeof AidReportQuery>;

/** The officers' filter of the statistics: one district, and the period the time series keep (either end may be open). */
export const StatisticsFilterQuery = z.object({
  district: District.optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "period.endBeforeStart" });
export type StatisticsFilterQuery = z.infer<typeof StatisticsFilterQuery>;

addValidationMessages({
  "period.endBeforeStart": { pl: "Koniec okresu nie może być wcześniejszy niż jego początek.", en: "The end of the period cannot be before its start." },
});
