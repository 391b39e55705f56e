import { z } from "zod";
import { addValidationMessages } from "@shared/i18n/validation.ts";
import { CalendarDate, DecimalString, PageInfo, Paging, hundredthsFromString, listParam } from "./common.ts";
import { District } from "./premises.ts";

// Leases (issue 8's API contract: the paths and field names are fixed). Amounts, rates and areas are
// decimal strings with two places; fractions (VAT, offset share) are decimal strings like "0.23";
// calendar dates are "YYYY-MM-DD".

export const LEASE_STATUSES = ["draft", "signed", "ended", "terminated"] as const;
export const LeaseStatus = z.enum(LEASE_STATUSES, { message: "leaseStatus.invalid" });
export type LeaseStatus = z.infer<typeof LeaseStatus>;

export const LeaseRemainder = z.enum(["refund", "forfeit"], { message: "remainderAtEnd.invalid" });
export type LeaseRemainder = z.infer<typeof LeaseRemainder>;

/** Defaults of a recorded lease when neither the request nor the rate policy gives them. */
export const LEASE_DEFAULTS = { vatRate: "0.23", depositMultiple: 3, paymentDay: 10, offsetShare: "0.50", remainderAtEnd: "refund" } as const;

const uuid = (key: string) => z.string({ message: key }).uuid({ message: key });

/** A fraction from 0 to 1 with at most 4 places, e.g. "0.23". */
const fraction = (key: string) => z.string({ message: key }).regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, key);

/** A positive amount with at most two decimals and a dot ("12.50", "12"), held in hundredths. */
const hundredthsIn = (key: string) => z.string({ message: key })
  .refine((v) => { const h = hundredthsFromString(v); return h !== null && h > 0 && h <= 100_000_000; }, key)
  .transform((v) => hundredthsFromString(v)!);

/** Who and what, as at the lease's creation (Lease.parties). */
export const LeaseParties = z.object({
  organisation: z.object({ name: z.string(), nip: z.string(), regon: z.string(), krs: z.string().nullable(), address: z.string() }),
  premises: z.object({ address: z.string(), inventoryCode: z.string(), district: z.string(), area: DecimalString }),
});
export type LeaseParties = z.infer<typeof LeaseParties>;

export const LeaseFromApplication = z.object({ applicationId: uuid("applicationId.invalid") }).strict();

export const RecordedLease = z.object({
  organisationId: uuid("organisationId.invalid"),
  premisesId: uuid("premisesId.invalid"),
  startDate: CalendarDate,
  months: z.number({ message: "leaseMonths.invalid" }).int("leaseMonths.invalid").min(1, "leaseMonths.invalid").max(600, "leaseMonths.invalid").optional(),
  endDate: CalendarDate.nullable().optional(),
  rate: hundredthsIn("leaseRate.invalid"),
  holidayDays: z.number({ message: "holidayDays.invalid" }).int("holidayDays.invalid").min(0, "holidayDays.invalid").max(3650, "holidayDays.invalid"),
  vatRate: fraction("vatRate.invalid").optional(),
  depositMultiple: z.number({ message: "depositMultiple.invalid" }).int("depositMultiple.invalid").min(0, "depositMultiple.invalid").max(12, "depositMultiple.invalid").optional(),
  paymentDay: z.number({ message: "paymentDay.invalid" }).int("paymentDay.invalid").min(1, "paymentDay.invalid").max(28, "paymentDay.invalid").optional(),
  permittedUse: z.string({ message: "permittedUse.invalid" }).trim().min(1, "permittedUse.invalid").max(500, "permittedUse.invalid").optional(),
  offsetShare: fraction("offsetShare.invalid").optional(),
  remainderAtEnd: LeaseRemainder.optional(),
}).strict()
  .refine((b) => !(b.months !== undefined && b.endDate !== undefined), { path: ["endDate"], message: "endDate.withMonths" })
  .refine((b) => b.endDate == null || b.endDate >= b.startDate, { path: ["endDate"], message: "endDate.beforeStart" });
export type RecordedLease = z.infer<typeof RecordedLease>;

/** `{ applicationId }` or a recorded lease. */
export const LeaseCreate = z.union([LeaseFromApplication, RecordedLease]).meta({ id: "LeaseCreate" });
export type LeaseCreate = z.infer<typeof LeaseCreate>;

export const LeaseId = z.object({ id: uuid("id.invalid") });

/** /leases/{id}/annexes/{n}/…: the lease and the annex's number. */
export const LeaseAnnexPath = LeaseId.extend({
  n: z.string().regex(/^\d{1,4}$/, "annexNumber.invalid").transform(Number).pipe(z.number().int().min(1, "annexNumber.invalid")),
});

export const LeaseSign = z.object({ signedOn: CalendarDate }).strict().meta({ id: "LeaseSign" });
/** What the premises becomes when its lease is terminated: let again at once, or repaired first. */
export const PREMISES_AFTER_LEASE = ["available", "under-renovation"] as const;
export const LeaseTerminate = z.object({
  date: CalendarDate,
  reason: z.string({ message: "reason.invalid" }).trim().min(3, "reason.invalid").max(1000, "reason.invalid"),
  premisesStatus: z.enum(PREMISES_AFTER_LEASE, { message: "premisesStatus.invalid" }).default("available")
    .meta({ description: "The premises' status after the termination (default available)." }),
}).strict().meta({ id: "LeaseTerminate" });
export type LeaseTerminate = z.infer<typeof LeaseTerminate>;

/** An annex: what changes from `effectiveFrom` on (at least one of the rest). */
export const LeaseAnnexCreate = z.object({
  effectiveFrom: CalendarDate,
  rate: hundredthsIn("leaseRate.invalid").optional(),
  area: hundredthsIn("leaseArea.invalid").optional(),
  endDate: CalendarDate.optional(),
  permittedUse: z.string({ message: "permittedUse.invalid" }).trim().min(1, "permittedUse.invalid").max(500, "permittedUse.invalid").optional(),
  offsetShare: fraction("offsetShare.invalid").optional(),
}).strict()
  .refine((b) => [b.rate, b.area, b.endDate, b.permittedUse, b.offsetShare].some((v) => v !== undefined), { path: ["effectiveFrom"], message: "annex.empty" })
  .meta({ id: "LeaseAnnexCreate" });
export type LeaseAnnexCreate = z.infer<typeof LeaseAnnexCreate>;

export const LeaseAnnex = z.object({
  number: z.number().int(),
  effectiveFrom: z.string(),
  rate: DecimalString.nullable(),
  area: DecimalString.nullable(),
  endDate: z.string().nullable(),
  permittedUse: z.string().nullable(),
  offsetShare: z.string().nullable(),
  createdAt: z.string(),
}).meta({ id: "LeaseAnnex" });
export type LeaseAnnex = z.infer<typeof LeaseAnnex>;

const Deduction = z.object({
  reason: z.string({ message: "reason.invalid" }).trim().min(3, "reason.invalid").max(500, "reason.invalid"),
  amount: hundredthsIn("amount.invalid"),
});
export const DepositSettlementCreate = z.object({ deductions: z.array(Deduction, { message: "deductions.invalid" }).max(50, "deductions.invalid") }).strict()
  .meta({ id: "DepositSettlementCreate" });
export type DepositSettlementCreate = z.infer<typeof DepositSettlementCreate>;

/** The stored deductions (Lease.depositDeductions) and the wire's: amounts as decimal strings. */
export const DepositDeductions = z.array(z.object({ reason: z.string(), amount: DecimalString }));
export type DepositDeductions = z.infer<typeof DepositDeductions>;

/**
 * What is left of the accepted tenant investments when the lease is over (issue 9): refunded to the
 * tenant or forfeited, as the lease's remainderAtEnd says; toTenant = the deposit returned + a refund.
 */
export const InvestmentsAtEnd = z.object({ remainder: DecimalString, remainderAtEnd: LeaseRemainder, refund: DecimalString, toTenant: DecimalString });
export type InvestmentsAtEnd = z.infer<typeof InvestmentsAtEnd>;

export const DepositSettlement = z.object({
  deposit: DecimalString, deductions: DepositDeductions, returned: DecimalString,
  /** In the settlement's answer (not in the lease record's copy). */
  investments: InvestmentsAtEnd.optional(),
}).meta({ id: "DepositSettlement" });
export type DepositSettlement = z.infer<typeof DepositSettlement>;

export const Lease = z.object({
  id: z.string(),
  number: z.string().meta({ example: "ZBK/NL/2026/0007" }),
  status: LeaseStatus,
  organisationId: z.string(),
  premisesId: z.string(),
  applicationId: z.string().nullable(),
  parties: LeaseParties,
  startDate: z.string(),
  endDate: z.string().nullable(),
  rate: DecimalString,
  area: DecimalString,
  monthlyNet: DecimalString,
  vatRate: z.string(),
  monthlyVat: DecimalString,
  monthlyGross: DecimalString,
  holidayDays: z.number().int(),
  depositMultiple: z.number().int(),
  deposit: DecimalString,
  paymentDay: z.number().int(),
  permittedUse: z.string(),
  offsetShare: z.string(),
  remainderAtEnd: LeaseRemainder,
  /** The version of the lease template (GET /api/lease-templates) the agreement is printed from. */
  templateVersion: z.number().int(),
  signedOn: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  /** Annexes in number order; the fields above are the lease as signed. */
  annexes: z.array(LeaseAnnex),
  depositSettlement: DepositSettlement.extend({ settledOn: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: "Lease" });
export type Lease = z.infer<typeof Lease>;

/** The filters of the leases list and of its CSV export (an applicant's organisationId never widens its own scope). */
export const LeaseFilter = z.object({
  status: listParam(LeaseStatus).optional(),
  organisationId: uuid("organisationId.invalid").optional(),
  district: listParam(District).optional(),
  /** Signed leases whose (annexed) end date falls between today in Kraków and the same day N months later. */
  endsWithinMonths: z.coerce.number({ message: "endsWithinMonths.invalid" }).int("endsWithinMonths.invalid")
    .min(1, "endsWithinMonths.invalid").max(120, "endsWithinMonths.invalid").optional(),
});
export type LeaseFilter = z.infer<typeof LeaseFilter>;

export const LeaseListQuery = z.object({ ...Paging.shape, ...LeaseFilter.shape });
export type LeaseListQuery = z.infer<typeof LeaseListQuery>;

/** Days before its end from which a signed lease is at the top of the officers' queue. */
export const ENDING_SOON_DAYS = 90;

/**
 * Why a lease is at the top of the queue: a signed lease ending within ENDING_SOON_DAYS, or a draft
 * waiting for signature; null for the rest.
 */
export const LeaseAttention = z.enum(["ending-soon", "awaiting-signature"]).nullable();
export type LeaseAttention = z.infer<typeof LeaseAttention>;

export const LeaseListItem = Lease.extend({ attention: LeaseAttention }).meta({ id: "LeaseListItem" });
export type LeaseListItem = z.infer<typeof LeaseListItem>;

export const LeasePage = z.object({ items: z.array(LeaseListItem), page: PageInfo }).meta({ id: "LeasePage" });
export type LeasePage = z.infer<typeof LeasePage>;

const Row = z.object({ month: z.string(), rate: DecimalString, net: DecimalString, vat: DecimalString, gross: DecimalString, offset: DecimalString, toPay: DecimalString });
export const LeaseScheduleView = z.object({
  rows: z.array(Row),
  totals: z.object({ net: DecimalString, vat: DecimalString, gross: DecimalString, offset: DecimalString, toPay: DecimalString }),
  deposit: DecimalString,
  /** The accepted tenant investments in order of acceptance: amount, offset over the schedule, left at its end. */
  investments: z.array(z.object({ id: z.string(), title: z.string(), accepted: DecimalString, offset: DecimalString, remainder: DecimalString })),
  /** The investments' remainders at the schedule's end, and what the lease says happens to them (refund or forfeit). */
  investmentsRemainder: DecimalString,
  remainderAtEnd: LeaseRemainder,
}).meta({ id: "LeaseSchedule" });
export type LeaseScheduleView = z.infer<typeof LeaseScheduleView>;

addValidationMessages({
  "leaseStatus.invalid": { pl: "Nieznany status umowy.", en: "Unknown lease status." },
  "endsWithinMonths.invalid": { pl: "Podaj liczbę miesięcy od 1 do 120.", en: "Give a number of months from 1 to 120." },
  "remainderAtEnd.invalid": { pl: "Dozwolone wartości: refund (zwrot) lub forfeit (przepadek).", en: "Allowed values: refund or forfeit." },
  "applicationId.invalid": { pl: "Nieprawidłowy identyfikator wniosku.", en: "Invalid application identifier." },
  "organisationId.invalid": { pl: "Nieprawidłowy identyfikator organizacji.", en: "Invalid organisation identifier." },
  "premisesId.invalid": { pl: "Nieprawidłowy identyfikator lokalu.", en: "Invalid premises identifier." },
  "leaseMonths.invalid": { pl: "Okres najmu podaj w pełnych miesiącach (1–600).", en: "Give the term in whole months (1–600)." },
  "leaseRate.invalid": { pl: "Stawkę podaj w zł za m² z kropką i najwyżej dwoma miejscami, np. 12.50.", en: "Give the rate in zł per m² with a dot and at most two decimals, e.g. 12.50." },
  "holidayDays.invalid": { pl: "Wakacje czynszowe podaj w dniach (0–3650).", en: "Give the rent holidays in days (0–3650)." },
  "vatRate.invalid": { pl: "Stawkę VAT podaj jako ułamek, np. 0.23.", en: "Give the VAT rate as a fraction, e.g. 0.23." },
  "depositMultiple.invalid": { pl: "Krotność kaucji to liczba całkowita 0–12.", en: "The deposit multiple is a whole number 0–12." },
  "paymentDay.invalid": { pl: "Dzień płatności to liczba 1–28.", en: "The payment day is a number 1–28." },
  "permittedUse.invalid": { pl: "Opisz dozwolony sposób używania lokalu (do 500 znaków).", en: "Describe the permitted use (up to 500 characters)." },
  "offsetShare.invalid": { pl: "Udział potrącenia podaj jako ułamek 0–1, np. 0.50.", en: "Give the offset share as a fraction 0–1, e.g. 0.50." },
  "endDate.withMonths": { pl: "Podaj okres w miesiącach albo datę końca, nie oba.", en: "Give either the months or the end date, not both." },
  "endDate.beforeStart": { pl: "Umowa nie może kończyć się przed początkiem.", en: "The lease cannot end before it starts." },
  "reason.invalid": { pl: "Podaj przyczynę (3–1000 znaków).", en: "Give a reason (3–1000 characters)." },
  "premisesStatus.invalid": { pl: "Po rozwiązaniu lokal może być dostępny albo w remoncie.", en: "After the termination the premises is either available or under renovation." },
  "lease.notApproved": { pl: "Umowę można zawrzeć tylko na podstawie zatwierdzonego wniosku.", en: "A lease can only be made from an approved application." },
  "lease.exists": { pl: "Dla tego wniosku umowa już istnieje.", en: "A lease already exists for this application." },
  "lease.notDraft": { pl: "Podpisać można tylko projekt umowy.", en: "Only a draft lease can be signed." },
  "lease.notSigned": { pl: "Rozwiązać można tylko umowę podpisaną.", en: "Only a signed lease can be terminated." },
  "premises.overlap": { pl: "Lokal ma już podpisaną umowę na ten okres.", en: "The premises already has a signed lease for this period." },
  "organisation.notFound": { pl: "Nie ma takiej organizacji.", en: "No such organisation." },
  "premises.notFound": { pl: "Nie ma takiego lokalu.", en: "No such premises." },
  "date.beforeStart": { pl: "Data nie może być wcześniejsza niż początek umowy.", en: "The date cannot be before the start of the lease." },
  "leaseArea.invalid": { pl: "Powierzchnię podaj w m² z kropką i najwyżej dwoma miejscami, np. 42.50.", en: "Give the area in m² with a dot and at most two decimals, e.g. 42.50." },
  "annexNumber.invalid": { pl: "Nieprawidłowy numer aneksu.", en: "Invalid annex number." },
  "annex.empty": { pl: "Aneks musi coś zmieniać: stawkę, powierzchnię, datę końca, sposób używania lub udział potrącenia.", en: "An annex must change something: the rate, area, end date, permitted use or offset share." },
  "annex.beforeStart": { pl: "Aneks nie może obowiązywać przed początkiem umowy.", en: "An annex cannot take effect before the lease starts." },
  "annex.afterEnd": { pl: "Aneks nie może obowiązywać po końcu umowy.", en: "An annex cannot take effect after the lease ends." },
  "annex.endBeforeEffective": { pl: "Nowa data końca nie może być wcześniejsza niż data wejścia aneksu.", en: "The new end date cannot be before the annex takes effect." },
  "annex.notSigned": { pl: "Aneks można dodać tylko do umowy podpisanej.", en: "An annex can only be added to a signed lease." },
  "date.beforeAnnex": { pl: "Umowy nie można rozwiązać przed datą ostatniego aneksu.", en: "The lease cannot be terminated before its last annex." },
  "amount.invalid": { pl: "Kwotę podaj z kropką i najwyżej dwoma miejscami, np. 120.50.", en: "Give the amount with a dot and at most two decimals, e.g. 120.50." },
  "deductions.invalid": { pl: "Podaj listę potrąceń (najwyżej 50).", en: "Give a list of deductions (at most 50)." },
  "deductions.overDeposit": { pl: "Potrącenia przekraczają kaucję.", en: "The deductions exceed the deposit." },
  "deposit.notEnded": { pl: "Kaucję rozlicza się po zakończeniu lub rozwiązaniu umowy.", en: "The deposit is settled after the lease ends or is terminated." },
  "deposit.settled": { pl: "Kaucja tej umowy została już rozliczona.", en: "The deposit of this lease is already settled." },
  "date.afterEnd": { pl: "Data nie może być późniejsza niż koniec umowy.", en: "The date cannot be after the end of the lease." },
});
