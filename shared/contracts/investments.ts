import { z } from "zod";
import { validateNip } from "@shared/domain/identifiers.ts";
import { addValidationMessages } from "@shared/i18n/validation.ts";
import { CalendarDate, DecimalString, PageInfo, Paging, hundredthsFromString, listParam } from "./common.ts";
import { LeaseRemainder } from "./leases.ts";
import { AccessibilityFeature, Condition, District } from "./premises.ts";

// Tenant fit-out investments (nakłady najemcy; issue 9's API contract: the paths and field names are
// fixed). Amounts are decimal strings with a dot and at most two places ("12000", "12000.50"), held in
// grosze once parsed; calendar dates are "YYYY-MM-DD". Flow: proposed → consented | refused;
// consented → completed → accepted. Accepted investments are offset against the lease's rent.

export const INVESTMENT_STATUSES = ["proposed", "consented", "refused", "completed", "accepted"] as const;
export const InvestmentStatus = z.enum(INVESTMENT_STATUSES, { message: "investmentStatus.invalid" });
export type InvestmentStatus = z.infer<typeof InvestmentStatus>;

export const INVESTMENT_CATEGORIES = ["accessibility", "renovation", "utilities", "fit-out", "other"] as const;
export const InvestmentCategory = z.enum(INVESTMENT_CATEGORIES, { message: "investmentCategory.invalid" });
export type InvestmentCategory = z.infer<typeof InvestmentCategory>;

export const INVESTMENT_CATEGORY_LABELS: Record<InvestmentCategory, string> = {
  accessibility: "dostępność",
  renovation: "remont",
  utilities: "instalacje",
  "fit-out": "adaptacja",
  other: "inne",
};

/** 10 million zł in grosze: far above any fit-out of a municipal unit, inside a 32-bit database integer. */
export const MAX_INVESTMENT_GROSZE = 10_000_000_00;
export const MAX_ESTIMATE_ITEMS = 50;
export const MAX_INVOICES = 100;

const uuid = (key: string) => z.string({ message: key }).uuid({ message: key });
const text = (key: string, min: number, max: number) => z.string({ message: key }).trim().min(min, key).max(max, key);

/** A positive amount as a string ("12000", "12000.50"), at most MAX_INVESTMENT_GROSZE, held in grosze. */
const amount = (key: string) => z.string({ message: key })
  .refine((v) => { const h = hundredthsFromString(v); return h !== null && h > 0 && h <= MAX_INVESTMENT_GROSZE; }, key)
  .transform((v) => hundredthsFromString(v)!);

/** A NIP as people type it ("675-14-71-246"), checked and kept as bare digits. */
const Nip = z.string({ message: "nip.format" }).transform((raw, ctx) => {
  const result = validateNip(raw);
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: `nip.${result.reason}` });
    return z.NEVER;
  }
  return result.value;
});

// In the refinements below a comparison with NaN (an item refused above) is false: only that item's field is named.
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export const EstimateItem = z.object({
  description: text("estimate.description", 3, 500),
  amount: amount("estimate.amount"),
});

/** POST /api/leases/{id}/investments: the tenant's proposal with its cost estimate (kosztorys), net. */
export const InvestmentPropose = z.object({
  title: text("investment.title", 3, 200),
  category: InvestmentCategory,
  scope: text("investment.scope", 10, 4000),
  plannedStart: CalendarDate,
  plannedEnd: CalendarDate,
  estimate: z.array(EstimateItem, { message: "estimate.required" }).min(1, "estimate.required").max(MAX_ESTIMATE_ITEMS, "estimate.tooMany"),
  /** Accessibility works only (and then at least one): the features of the premises' record it adds. */
  addsFeatures: z.array(AccessibilityFeature, { message: "feature.invalid" }).max(9, "feature.invalid").optional(),
}).strict()
  .refine((b) => b.plannedEnd >= b.plannedStart, { path: ["plannedEnd"], message: "plannedEnd.beforeStart" })
  .refine((b) => !(sum(b.estimate.map((i) => i.amount)) > MAX_INVESTMENT_GROSZE), { path: ["estimate"], message: "estimate.tooHigh" })
  .refine((b) => b.category !== "accessibility" || (b.addsFeatures?.length ?? 0) > 0, { path: ["addsFeatures"], message: "addsFeatures.required" })
  .refine((b) => b.category === "accessibility" || (b.addsFeatures?.length ?? 0) === 0, { path: ["addsFeatures"], message: "addsFeatures.notAccessibility" })
  .refine((b) => new Set(b.addsFeatures ?? []).size === (b.addsFeatures?.length ?? 0), { path: ["addsFeatures"], message: "addsFeatures.repeated" })
  .meta({ id: "InvestmentPropose" });
export type InvestmentPropose = z.infer<typeof InvestmentPropose>;

/** POST /api/investments/{id}/consent (officer): the approved amount, never above the estimate's total. */
export const InvestmentConsent = z.object({
  approvedAmount: amount("approvedAmount.invalid"),
  conditions: text("conditions.invalid", 1, 4000).optional(),
}).strict().meta({ id: "InvestmentConsent" });
export type InvestmentConsent = z.infer<typeof InvestmentConsent>;

/** POST /api/investments/{id}/refuse (officer). */
export const InvestmentRefuse = z.object({
  reason: text("reason.invalid", 3, 1000),
}).strict().meta({ id: "InvestmentRefuse" });
export type InvestmentRefuse = z.infer<typeof InvestmentRefuse>;

export const InvoiceInput = z.object({
  number: text("invoice.number", 1, 60),
  date: CalendarDate,
  seller: text("invoice.seller", 2, 300),
  nip: Nip,
  net: amount("invoice.net"),
});

/** POST /api/investments/{id}/complete (tenant): the actual cost, net, never above its invoices' net total. */
export const InvestmentComplete = z.object({
  completedOn: CalendarDate,
  actualCost: amount("actualCost.invalid"),
  invoices: z.array(InvoiceInput, { message: "invoices.required" }).min(1, "invoices.required").max(MAX_INVOICES, "invoices.tooMany"),
}).strict()
  .refine((b) => !(b.actualCost > sum(b.invoices.map((i) => i.net))), { path: ["actualCost"], message: "actualCost.overInvoices" })
  .meta({ id: "InvestmentComplete" });
export type InvestmentComplete = z.infer<typeof InvestmentComplete>;

/**
 * POST /api/investments/{id}/accept (officer, after inspection): the protocol's date (never in the
 * future; may be in the past). Without acceptedAmount: the smaller of the actual and the approved cost;
 * less needs a reason, more is refused. conditionAfter (renovation only): the condition grade the
 * inspection found, set on the premises when it is better than the recorded one.
 */
export const InvestmentAccept = z.object({
  acceptedOn: CalendarDate,
  acceptedAmount: amount("acceptedAmount.invalid").optional(),
  reason: text("reason.invalid", 3, 1000).optional(),
  conditionAfter: Condition.optional(),
}).strict().meta({ id: "InvestmentAccept" });
export type InvestmentAccept = z.infer<typeof InvestmentAccept>;

export const InvestmentId = z.object({ id: uuid("id.invalid") });

export const InvestmentEstimateItem = z.object({ description: z.string(), amount: DecimalString });
export const Invoice = z.object({ number: z.string(), date: z.string(), seller: z.string(), nip: z.string(), net: DecimalString });
export type Invoice = z.infer<typeof Invoice>;

export const INVESTMENT_FILE_KINDS = ["photo", "scan"] as const;
export const InvestmentFileKind = z.enum(INVESTMENT_FILE_KINDS, { message: "investmentFile.kind" });
export type InvestmentFileKind = z.infer<typeof InvestmentFileKind>;

/** Photos of the works (JPEG, PNG, WebP; 10 MB) and scans of invoices or protocols (also PDF; 20 MB), 20 per investment. */
export const INVESTMENT_FILE_LIMITS = {
  photo: { maxBytes: 10 * 1024 * 1024, accept: ["image/jpeg", "image/png", "image/webp"] },
  scan: { maxBytes: 20 * 1024 * 1024, accept: ["application/pdf", "image/jpeg", "image/png", "image/webp"] },
} as const satisfies Record<InvestmentFileKind, { maxBytes: number; accept: readonly string[] }>;
export const MAX_INVESTMENT_FILES = 20;

/** POST /api/investments/{id}/files (multipart/form-data): the kind beside the file. */
export const InvestmentUploadFields = z.object({ kind: InvestmentFileKind });

export const InvestmentFileInfo = z.object({
  id: z.string(),
  kind: InvestmentFileKind,
  mime: z.string(),
  size: z.number().int(),
  originalName: z.string(),
  sha256: z.string(),
  createdAt: z.string(),
  /** GET it with the session: /api/investments/{id}/files/{fileId}. */
  url: z.string(),
}).meta({ id: "InvestmentFile" });
export type InvestmentFileInfo = z.infer<typeof InvestmentFileInfo>;

export const InvestmentFilePath = z.object({ id: uuid("id.invalid"), fileId: uuid("id.invalid") });

/** One step of the record, oldest first: who did what and when. */
export const InvestmentStep = z.object({
  status: InvestmentStatus,
  at: z.string().meta({ description: "ISO date-time of the step" }),
  by: z.string().meta({ description: "Name of the person who took the step" }),
  note: z.string().nullable(),
});
export type InvestmentStep = z.infer<typeof InvestmentStep>;

export const Investment = z.object({
  id: z.string(),
  leaseId: z.string(),
  leaseNumber: z.string().meta({ example: "ZBK/NL/2026/0007" }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  premises: z.object({ id: z.string(), inventoryCode: z.string(), address: z.string(), district: District }),
  status: InvestmentStatus,
  title: z.string(),
  category: InvestmentCategory,
  scope: z.string(),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  estimate: z.array(InvestmentEstimateItem),
  estimateTotal: DecimalString,
  addsFeatures: z.array(AccessibilityFeature),
  approvedAmount: DecimalString.nullable(),
  conditions: z.string().nullable(),
  consentedOn: z.string().nullable(),
  refusalReason: z.string().nullable(),
  refusedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  actualCost: DecimalString.nullable(),
  invoices: z.array(Invoice),
  invoicesTotal: DecimalString,
  /** Photos of the works and scans the tenant added (POST /api/investments/{id}/files), oldest first. */
  files: z.array(InvestmentFileInfo),
  acceptedOn: z.string().nullable(),
  acceptedAmount: DecimalString.nullable(),
  acceptanceReason: z.string().nullable(),
  conditionAfter: Condition.nullable(),
  /** The settlement terms of the lease: the share of each month's gross that may be offset, and what happens to a remainder. */
  offsetShare: z.string(),
  remainderAtEnd: LeaseRemainder,
  /** Accepted investments: offset against rent so far (months up to the current one) and what remains; null before acceptance. */
  offsetSoFar: DecimalString.nullable(),
  remainder: DecimalString.nullable(),
  history: z.array(InvestmentStep),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: "Investment" });
export type Investment = z.infer<typeof Investment>;

/** The filters of the investments list and of its CSV export; year = the Kraków year of the proposal. */
export const InvestmentFilter = z.object({
  status: listParam(InvestmentStatus).optional(),
  category: listParam(InvestmentCategory).optional(),
  district: listParam(District).optional(),
  year: z.coerce.number({ message: "investmentYear.invalid" }).int("investmentYear.invalid").min(2000, "investmentYear.invalid").max(2100, "investmentYear.invalid").optional(),
  leaseId: uuid("leaseId.invalid").optional(),
});
export type InvestmentFilter = z.infer<typeof InvestmentFilter>;

export const InvestmentListQuery = z.object({ ...Paging.shape, ...InvestmentFilter.shape });
export type InvestmentListQuery = z.infer<typeof InvestmentListQuery>;

/** Sums over every investment matching the filters (not only the page); null amounts count as 0. */
export const InvestmentTotals = z.object({
  count: z.number().int(),
  estimate: DecimalString,
  approved: DecimalString,
  actualCost: DecimalString,
  accepted: DecimalString,
}).meta({ id: "InvestmentTotals" });
export type InvestmentTotals = z.infer<typeof InvestmentTotals>;

export const InvestmentPage = z.object({ items: z.array(Investment), page: PageInfo, totals: InvestmentTotals }).meta({ id: "InvestmentPage" });
export type InvestmentPage = z.infer<typeof InvestmentPage>;

/** GET /api/premises/{id}/investments (public): the accepted investments made in a premises, no amounts. */
export const PremisesInvestment = z.object({
  id: z.string(),
  title: z.string(),
  category: InvestmentCategory,
  year: z.number().int(),
  acceptedOn: z.string(),
  addsFeatures: z.array(AccessibilityFeature),
}).meta({ id: "PremisesInvestment" });
export type PremisesInvestment = z.infer<typeof PremisesInvestment>;
export const PremisesInvestmentList = z.object({ items: z.array(PremisesInvestment) }).meta({ id: "PremisesInvestmentList" });
export type PremisesInvestmentList = z.infer<typeof PremisesInvestmentList>;

addValidationMessages({
  "investmentStatus.invalid": { pl: "Nieznany status nakładu.", en: "Unknown investment status." },
  "investmentCategory.invalid": { pl: "Nieznana kategoria nakładu (dostępność, remont, instalacje, adaptacja, inne).", en: "Unknown investment category (accessibility, renovation, utilities, fit-out, other)." },
  "investment.title": { pl: "Podaj nazwę nakładu (3–200 znaków).", en: "Give the investment a title (3–200 characters)." },
  "investment.scope": { pl: "Opisz zakres prac (10–4000 znaków).", en: "Describe the scope of works (10–4000 characters)." },
  "plannedEnd.beforeStart": { pl: "Planowany koniec nie może być przed planowanym początkiem.", en: "The planned end cannot be before the planned start." },
  "estimate.required": { pl: "Podaj kosztorys: co najmniej jedną pozycję (najwyżej 50).", en: "Give the cost estimate: at least one item (at most 50)." },
  "estimate.tooMany": { pl: "Kosztorys może mieć najwyżej 50 pozycji.", en: "The estimate can have at most 50 items." },
  "estimate.description": { pl: "Opisz pozycję kosztorysu (3–500 znaków).", en: "Describe the estimate item (3–500 characters)." },
  "estimate.amount": { pl: "Podaj kwotę netto w zł, większą od zera (najwyżej 10 000 000), z kropką, np. 12000.50.", en: "Give the net amount in zł, above zero (at most 10,000,000), with a dot, e.g. 12000.50." },
  "estimate.tooHigh": { pl: "Kosztorys przekracza 10 000 000 zł.", en: "The estimate exceeds 10,000,000 zł." },
  "addsFeatures.required": { pl: "Wskaż, jakie udogodnienia dostępności przyniosą prace.", en: "Say which accessibility features the works will add." },
  "addsFeatures.notAccessibility": { pl: "Udogodnienia dostępności podaje się tylko dla nakładów na dostępność.", en: "Accessibility features are given only for accessibility works." },
  "addsFeatures.repeated": { pl: "Każde udogodnienie podaj tylko raz.", en: "Give each feature only once." },
  "approvedAmount.invalid": { pl: "Podaj zatwierdzoną kwotę netto w zł, większą od zera, z kropką, np. 15000.", en: "Give the approved net amount in zł, above zero, with a dot, e.g. 15000." },
  "approvedAmount.overEstimate": { pl: "Zatwierdzona kwota nie może przekraczać kosztorysu.", en: "The approved amount cannot exceed the estimate." },
  "conditions.invalid": { pl: "Warunki zgody mogą mieć najwyżej 4000 znaków.", en: "The conditions can have at most 4000 characters." },
  "invoice.number": { pl: "Podaj numer faktury (do 60 znaków).", en: "Give the invoice number (up to 60 characters)." },
  "invoice.seller": { pl: "Podaj sprzedawcę (2–300 znaków).", en: "Give the seller (2–300 characters)." },
  "invoice.net": { pl: "Podaj kwotę netto faktury w zł, większą od zera, z kropką, np. 4800.00.", en: "Give the invoice's net amount in zł, above zero, with a dot, e.g. 4800.00." },
  "invoices.required": { pl: "Dołącz co najmniej jedną fakturę (najwyżej 100).", en: "Add at least one invoice (at most 100)." },
  "invoices.tooMany": { pl: "Najwyżej 100 faktur.", en: "At most 100 invoices." },
  "actualCost.invalid": { pl: "Podaj rzeczywisty koszt netto w zł, większy od zera, z kropką, np. 14800.", en: "Give the actual net cost in zł, above zero, with a dot, e.g. 14800." },
  "actualCost.overInvoices": { pl: "Rzeczywisty koszt nie może przekraczać sumy faktur netto.", en: "The actual cost cannot exceed the invoices' net total." },
  "acceptedAmount.invalid": { pl: "Podaj przyjętą kwotę netto w zł, większą od zera, z kropką.", en: "Give the accepted net amount in zł, above zero, with a dot." },
  "acceptedAmount.tooHigh": { pl: "Przyjęta kwota nie może przekraczać mniejszej z kwot: rzeczywistej i zatwierdzonej.", en: "The accepted amount cannot exceed the smaller of the actual and the approved cost." },
  "acceptance.reasonRequired": { pl: "Podaj przyczynę przyjęcia niższej kwoty.", en: "Give the reason for accepting a lower amount." },
  "investmentYear.invalid": { pl: "Podaj rok (2000–2100).", en: "Give a year (2000–2100)." },
  "leaseId.invalid": { pl: "Nieprawidłowy identyfikator umowy.", en: "Invalid lease identifier." },
  "investment.notSigned": { pl: "Nakład można zgłosić tylko do podpisanej umowy.", en: "An investment can only be proposed under a signed lease." },
  "investment.notProposed": { pl: "Ten nakład nie czeka na zgodę.", en: "This investment is not waiting for consent." },
  "investment.notConsented": { pl: "Zakończenie prac można zgłosić tylko po zgodzie na nakład (i tylko raz).", en: "Completion can be reported only after consent (and only once)." },
  "investment.notCompleted": { pl: "Odebrać można tylko nakład zgłoszony jako zakończony (i tylko raz).", en: "Only an investment reported as completed can be accepted (and only once)." },
  "date.beforeLease": { pl: "Data nie może być wcześniejsza niż początek umowy.", en: "The date cannot be before the start of the lease." },
  "date.afterLease": { pl: "Data nie może być późniejsza niż koniec umowy.", en: "The date cannot be after the end of the lease." },
  "date.beforeCompletion": { pl: "Odbiór nie może być wcześniejszy niż zakończenie prac.", en: "The acceptance cannot be before the completion." },
  "investmentFile.kind": { pl: "Rodzaj pliku to zdjęcie (photo) lub skan (scan).", en: "The kind of file is photo or scan." },
  "file.type.scan": { pl: "Skan musi być plikiem PDF, JPEG, PNG lub WebP.", en: "A scan must be a PDF, JPEG, PNG or WebP file." },
  "file.tooBig.scan": { pl: "Skan może mieć najwyżej 20 MB.", en: "A scan may be at most 20 MB." },
  "file.tooMany.investment": { pl: "Do nakładu można dodać najwyżej 20 plików.", en: "An investment may have at most 20 files." },
  "investment.filesClosed": { pl: "Zdjęcia i skany dodaje się po zgodzie na nakład, przed jego odbiorem.", en: "Photos and scans are added after consent and before acceptance." },
  "conditionAfter.notRenovation": { pl: "Stan techniczny po odbiorze podaje się tylko dla remontu.", en: "A condition after acceptance is given only for a renovation." },
});
