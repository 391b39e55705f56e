import { z } from "zod";
import { cityYearOf } from "@shared/domain/dates.ts";
import { addValidationMessages } from "@shared/i18n/validation.ts";
import { CalendarDate, DecimalString, PageInfo, Paging, hundredths, listParam } from "./common.ts";
import { District, Use } from "./premises.ts";
import { Category, PolicyRef } from "./rate-policy.ts";

export const APPLICATION_STATUSES = ["draft", "submitted", "approved", "rejected", "withdrawn"] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES, { message: "applicationStatus.invalid" });
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const MAX_FIT_OUT_ITEMS = 30;
// 20 million zł in grosze: well above any fit-out, inside the database's 32-bit column.
const MAX_COST_GROSZE = 20_000_000_00;
const uuid = (key: string) => z.string({ message: key }).uuid({ message: key });
const text = (key: string, min: number, max: number) => z.string({ message: key }).trim().min(min, key).max(max, key);

/** A rough cost as people type it ("12000", "1 234,56"), held in grosze. */
const Cost = hundredths("fitOut.cost", MAX_COST_GROSZE).refine((grosze) => grosze > 0, "fitOut.cost");

export const FitOutItem = z.object({
  description: text("fitOut.description", 3, 500),
  cost: Cost,
});

/** What the applicant writes; a draft is saved with the same rules, so a draft can always be submitted. */
export const ApplicationFields = z.object({
  premisesId: uuid("premisesId.invalid"),
  intendedUse: Use,
  activity: text("activity.required", 10, 2000),
  socialPurpose: text("socialPurpose.required", 10, 2000),
  employees: z.number({ message: "employees.invalid" }).int("employees.invalid").min(0, "employees.invalid").max(100_000, "employees.invalid"),
  employeesAtRisk: z.number({ message: "employeesAtRisk.invalid" }).int("employeesAtRisk.invalid").min(0, "employeesAtRisk.invalid"),
  /** Not in the past: checked by the service against the app's clock (today in Kraków), see requestedStartNotPast. */
  requestedStart: CalendarDate,
  requestedMonths: z.number({ message: "months.invalid" }).int("months.invalid").min(1, "months.invalid").max(120, "months.invalid"),
  tenantWillRenovate: z.boolean().default(false),
  fitOut: z.array(FitOutItem).max(MAX_FIT_OUT_ITEMS, "fitOut.tooMany").default([]),
  accessibilityNeeds: z.string().trim().max(2000, "too_big").default(""),
});

const atRiskWithinEmployees = (a: { employees: number; employeesAtRisk: number }) => a.employeesAtRisk <= a.employees;
const atRiskIssue = { message: "employeesAtRisk.tooMany", path: ["employeesAtRisk"] };

export const ApplicationInput = ApplicationFields.extend({ organisationId: uuid("organisationId.invalid") })
  .refine(atRiskWithinEmployees, atRiskIssue).meta({ id: "ApplicationInput" });
export type ApplicationInput = z.output<typeof ApplicationInput>;
export type ApplicationForm = z.input<typeof ApplicationInput>;

export const ApplicationUpdate = ApplicationFields.refine(atRiskWithinEmployees, atRiskIssue).meta({ id: "ApplicationUpdate" });
export type ApplicationUpdate = z.output<typeof ApplicationUpdate>;

/**
 * The rule that reads the clock, apart from the schemas so that they stay pure: a lease cannot be
 * asked for from a day before today (in Kraków). The server checks it with its clock; a form can
 * add it to the schema with `withRequestedStartNotPast`.
 */
export function requestedStartNotPast(requestedStart: string, today: string): boolean {
  return requestedStart >= today;
}

/** The applicant's form: ApplicationInput and the start not before `today()`. */
export function withRequestedStartNotPast(today: () => string) {
  return ApplicationInput.refine((a) => requestedStartNotPast(a.requestedStart, today()), { message: "requestedStart.past", path: ["requestedStart"] });
}

export const ApplicationId = z.object({ id: uuid("id.invalid") });

// ---- reading

const Money = DecimalString;

export const DecisionView = z.object({
  outcome: z.enum(["approved", "rejected"]),
  /** Sequential per year: "ZBK-WN/2026/0042". */
  caseNumber: z.string(),
  decidedAt: z.string(),
  /** The officer as the decision names them. */
  decidedBy: z.object({ name: z.string(), position: z.string() }),
  justification: z.array(z.string()),
  reason: z.string().nullable(),
  policy: PolicyRef.nullable(),
  category: Category.nullable(),
  categoryLabel: z.string().nullable(),
  derivation: z.array(z.string()),
  baseRate: Money.nullable(),
  policyRate: Money.nullable(),
  rate: Money.nullable(),
  startDate: z.string().nullable(),
  months: z.number().int().nullable(),
  beforeStartDays: z.number().int().nullable(),
  renovationDays: z.number().int().nullable(),
  monthly: z.object({ net: Money, vat: Money, gross: Money }).nullable(),
  aid: z.object({
    deMinimis: z.boolean(),
    grantDate: z.string(),
    discountRate: z.string(),
    nominal: Money,
    discounted: Money,
    eurRate: z.string().nullable(),
    eur: Money.nullable(),
    priorEur: Money.nullable(),
    roomAfterEur: Money.nullable(),
  }).nullable(),
  documents: z.object({ decision: z.string(), certificate: z.string().nullable() }),
}).meta({ id: "DecisionView" });
export type DecisionView = z.infer<typeof DecisionView>;

export const PremisesRef = z.object({
  id: z.string(), inventoryCode: z.string(), address: z.string(), district: District, area: Money, baseRent: Money,
  status: z.string(),
}).meta({ id: "PremisesRef" });

export const ApplicationDetail = z.object({
  id: z.string(),
  reference: z.string(),
  status: ApplicationStatus,
  organisation: z.object({ id: z.string(), name: z.string() }),
  premises: PremisesRef,
  intendedUse: Use,
  activity: z.string(),
  socialPurpose: z.string(),
  employees: z.number().int(),
  employeesAtRisk: z.number().int(),
  requestedStart: z.string(),
  requestedMonths: z.number().int(),
  tenantWillRenovate: z.boolean(),
  fitOut: z.array(z.object({ description: z.string(), cost: Money })),
  fitOutTotal: Money,
  accessibilityNeeds: z.string(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  decision: DecisionView.nullable(),
}).meta({ id: "ApplicationDetail" });
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

export const ApplicationSummary = ApplicationDetail.pick({
  id: true, reference: true, status: true, organisation: true, premises: true, intendedUse: true,
  requestedStart: true, requestedMonths: true, createdAt: true, submittedAt: true, decidedAt: true,
}).extend({
  /** Whole days since submission (since creation for a draft). */
  ageDays: z.number().int(),
  /** Other submitted applications for the same premises. */
  competing: z.number().int(),
}).meta({ id: "ApplicationSummary" });
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const ApplicationListQuery = z.object({
  ...Paging.shape,
  status: listParam(ApplicationStatus).optional(),
  district: listParam(District).optional(),
  /** Only applications waiting at least this many days. */
  minAgeDays: z.coerce.number({ message: "minAgeDays.invalid" }).int("minAgeDays.invalid").min(0, "minAgeDays.invalid").max(3650, "minAgeDays.invalid").optional(),
  premisesId: uuid("premisesId.invalid").optional(),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;

export const ApplicationPage = z.object({ items: z.array(ApplicationSummary), page: PageInfo }).meta({ id: "ApplicationPage" });
export type ApplicationPage = z.infer<typeof ApplicationPage>;

// ---- review and decision

const EurRate = z.string({ message: "eurRate.invalid" }).trim().regex(/^\d{1,2}([.,]\d{1,4})?$/, "eurRate.invalid")
  .transform((s) => s.replace(",", "."))
  .refine((s) => /[1-9]/.test(s), "eurRate.invalid");
const HolidayDays = z.coerce.number({ message: "days.invalid" }).int("days.invalid").min(0, "days.invalid").max(366, "days.invalid");
const RateInput = z.string({ message: "rate.invalid" }).trim().regex(/^\d{1,6}([.,]\d{1,2})?$/, "rate.invalid")
  .transform((s) => {
    const [int = "0", frac = ""] = s.replace(",", ".").split(".");
    return `${Number(int)}.${frac.padEnd(2, "0")}`;
  });

/** The terms an officer sets; the same fields, all optional, are the review page's what-if query. */
export const DecisionTerms = z.object({
  startDate: CalendarDate,
  months: z.coerce.number({ message: "months.invalid" }).int("months.invalid").min(1, "months.invalid").max(120, "months.invalid"),
  /** Empty: the rate of the best rule. Higher than that (never above the base rate) to keep within the ceiling. */
  rate: RateInput.optional(),
  beforeStartDays: HolidayDays.default(0),
  renovationDays: HolidayDays.default(0),
  /** The aid is granted, and discounted to, this day; by default the start of the lease. */
  grantDate: CalendarDate.optional(),
  /** NBP average rate, zł per euro, of the grant date; needed when the aid is de minimis aid. */
  eurRate: EurRate.optional(),
});
export type DecisionTerms = z.output<typeof DecisionTerms>;

export const ApproveRequest = DecisionTerms.extend({
  /** Why this application rather than the competing ones, in the officer's words, for the justification. */
  choiceReason: z.string().trim().max(2000, "choiceReason.tooLong").optional().transform((v) => v || undefined),
}).meta({ id: "ApproveRequest" });
export type ApproveRequest = z.output<typeof ApproveRequest>;
export type ApproveForm = z.input<typeof ApproveRequest>;

export const ReviewQuery = DecisionTerms.partial();
export type ReviewQuery = z.output<typeof ReviewQuery>;

export const RejectRequest = z.object({ reason: text("reason.required", 10, 2000) }).meta({ id: "RejectRequest" });
export type RejectRequest = z.output<typeof RejectRequest>;

export const CHECK_CODES = [
  "organisation-verified", "premises-available", "category-eligible", "use-allowed", "holidays-allowed",
  "rate-allowed", "aid-ceiling",
] as const;
export const Check = z.object({
  code: z.enum(CHECK_CODES),
  /** null: cannot be told yet (the officer has to enter the NBP rate). */
  ok: z.boolean().nullable(),
  message: z.string(),
});
export type Check = z.infer<typeof Check>;

export const RateLine = z.object({
  category: Category, label: z.string(), rate: Money, computedRate: Money, floorApplied: z.boolean(), derivation: z.array(z.string()),
});

export const TermsView = z.object({
  policy: PolicyRef,
  best: RateLine.nullable(),
  alternatives: z.array(RateLine),
  rate: Money.nullable(),
  derivation: z.array(z.string()),
  startDate: z.string(),
  months: z.number().int(),
  beforeStartDays: z.number().int(),
  renovationDays: z.number().int(),
  holidayMonths: z.number().int(),
  holidayLimits: z.object({ beforeStartMaxDays: z.number().int(), renovationMaxDays: z.number().int() }),
  baseMonthly: Money,
  vatRate: z.string(),
  monthly: z.object({ net: Money, vat: Money, gross: Money }).nullable(),
  aid: z.object({
    deMinimis: z.boolean(),
    grantDate: z.string(),
    discountRate: z.string().nullable(),
    nominal: Money.nullable(),
    discounted: Money.nullable(),
    eurRate: z.string().nullable(),
    eur: Money.nullable(),
    priorEur: Money,
    roomEur: Money,
    roomAfterEur: Money.nullable(),
    excessEur: Money.nullable(),
    /** The longest term that keeps within the ceiling at this rate (120: at least that). */
    maxMonths: z.number().int().nullable(),
  }),
}).meta({ id: "DecisionTermsView" });
export type TermsView = z.infer<typeof TermsView>;

export const OrganisationProfileView = z.object({
  id: z.string(),
  name: z.string(),
  nip: z.string(),
  legalForm: z.string(),
  status: z.string(),
  socialEnterprise: z.boolean(),
  socialEnterpriseSince: z.string().nullable(),
  publicBenefit: z.boolean(),
  reintegrationType: z.string().nullable(),
  economicActivity: z.boolean(),
  categories: z.array(Category),
});

export const Review = z.object({
  application: ApplicationDetail,
  organisation: OrganisationProfileView,
  premises: PremisesRef.extend({ condition: z.string(), socialPool: z.boolean(), allowedUses: z.array(Use) }),
  checks: z.array(Check),
  terms: TermsView.nullable(),
  competing: z.array(ApplicationDetail.extend({ organisation: OrganisationProfileView })),
}).meta({ id: "ApplicationReview" });
export type Review = z.infer<typeof Review>;

// ---- the applicant's messages (the outbox)

export const NotificationView = z.object({
  id: z.string(),
  applicationId: z.string().nullable(),
  organisationId: z.string(),
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
}).meta({ id: "Notification" });
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationQuery = z.object({ unread: z.enum(["true", "false"], { message: "boolean.invalid" }).optional() });
export const NotificationId = z.object({ id: uuid("id.invalid") });

/** The case reference printed on documents and shown to the applicant; the year is Kraków's at creation. */
export function applicationReference(id: string, createdAt: Date | string): string {
  return `ZBK-WN/${cityYearOf(createdAt)}/${id.slice(0, 8).toUpperCase()}`;
}

export const USE_LABELS: Record<z.infer<typeof Use>, string> = {
  gastronomy: "gastronomia",
  retail: "handel",
  services: "usługi",
  office: "biuro",
  workshop: "warsztat, pracownia",
  storage: "magazyn",
  community: "działalność społeczna",
};

addValidationMessages({
  "applicationStatus.invalid": { pl: "Nieznany status wniosku.", en: "Unknown application status." },
  "premisesId.invalid": { pl: "Wybierz lokal.", en: "Choose a premises." },
  "organisationId.invalid": { pl: "Wybierz organizację.", en: "Choose an organisation." },
  "activity.required": { pl: "Opisz działalność (10–2000 znaków).", en: "Describe the activity (10–2000 characters)." },
  "socialPurpose.required": { pl: "Opisz cel społeczny (10–2000 znaków).", en: "Describe the social purpose (10–2000 characters)." },
  "employees.invalid": { pl: "Liczba zatrudnionych musi być liczbą całkowitą od 0.", en: "Employees must be a whole number from 0." },
  "employeesAtRisk.invalid": { pl: "Podaj liczbę całkowitą od 0.", en: "Give a whole number from 0." },
  "employeesAtRisk.tooMany": { pl: "Osób zagrożonych wykluczeniem nie może być więcej niż wszystkich zatrudnionych.", en: "People at risk of exclusion cannot outnumber all employees." },
  "requestedStart.past": { pl: "Data rozpoczęcia najmu nie może być w przeszłości.", en: "The start of the lease cannot be in the past." },
  "fitOut.description": { pl: "Opisz nakład (3–500 znaków).", en: "Describe the investment (3–500 characters)." },
  "fitOut.cost": { pl: "Podaj koszt w zł, większy od zera, np. 12000 lub 12 000,50.", en: "Give the cost in zł, above zero, e.g. 12000 or 12000.50." },
  "fitOut.tooMany": { pl: "Najwyżej 30 pozycji nakładów.", en: "At most 30 investment items." },
  "intendedUse.notAllowed": { pl: "Ten lokal nie jest przeznaczony na taką działalność.", en: "The premises does not allow this use." },
  "premises.notAvailable": { pl: "Ten lokal nie jest teraz dostępny do najmu.", en: "The premises is not available for lease now." },
  "minAgeDays.invalid": { pl: "Wiek wniosku podaj w pełnych dniach.", en: "Give the age in whole days." },
  "choiceReason.tooLong": { pl: "Uzasadnienie wyboru może mieć najwyżej 2000 znaków.", en: "The reason for the choice may have at most 2000 characters." },
  "eurRate.invalid": { pl: "Kurs NBP podaj w zł za euro, np. 4,2500.", en: "Give the NBP rate in zł per euro, e.g. 4.2500." },
  "eurRate.required": { pl: "Podaj średni kurs NBP euro z dnia udzielenia pomocy.", en: "Enter the NBP euro rate of the grant date." },
  "rate.belowPolicy": { pl: "Stawka nie może być niższa niż wynikająca z polityki stawek.", en: "The rate cannot be below the policy's rate." },
  "rate.aboveBase": { pl: "Stawka nie może być wyższa niż stawka bazowa lokalu.", en: "The rate cannot exceed the premises' base rate." },
  "holiday.tooLong": { pl: "Zwolnienie z czynszu dłuższe niż pozwala polityka stawek.", en: "The rent holiday is longer than the policy allows." },
  "deMinimis.ceiling": { pl: "Pomoc przekroczyłaby limit de minimis 300 000 EUR: skróć okres lub podnieś stawkę.", en: "The aid would cross the EUR 300,000 de minimis ceiling: shorten the term or raise the rate." },
  "category.none": { pl: "Organizacja nie należy do żadnej kategorii polityki stawek.", en: "The organisation fits no category of the rate policy." },
  "discountRate.missing": { pl: "Brak stopy dyskontowej obowiązującej w dniu udzielenia pomocy: uzupełnij tabelę stóp.", en: "No discount rate in force on the grant date: add it to the table." },
  "reason.required": { pl: "Podaj uzasadnienie (10–2000 znaków).", en: "Give the reason (10–2000 characters)." },
});
