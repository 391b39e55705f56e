import type { LeaseTemplateClauses, LeasePlaceholder } from "@shared/contracts/lease-templates.ts";
import type { Lease, LeaseScheduleView } from "@shared/contracts/leases.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatArea, formatPLN, formatRate, toDecimal } from "@shared/domain/money.ts";
import type { Grantor } from "./grantor.ts";
import { fractionPercent } from "./layout.ts";

// What the lease agreement and its annexes show: the lease as the API gives it (amounts as decimal
// strings), the premises' record for the handover protocol, the tenant's representatives, the clauses
// of the template version the lease cites, and the first year of the schedule.

export interface HandoverRecord {
  condition: string;
  lastInspection: string | null;
  worksNeeded: string | null;
  utilities: Array<[string, string]>;
  accessibility: Array<[string, boolean]>;
}

export interface LeaseDocumentData {
  lease: Lease;
  representatives: string[];
  premises: HandoverRecord;
  template: { version: number; isExample: boolean; clauses: LeaseTemplateClauses };
  /** The first 12 rows of the schedule and the totals of those rows. */
  firstYear: Pick<LeaseScheduleView, "rows" | "totals">;
  /** pdfmake's info.creationDate: the record's updatedAt, so the same record gives the same bytes. */
  creationDate: Date;
}

export const isDraft = (lease: Lease) => lease.status === "draft";

export function termText(lease: Lease): string {
  return lease.endDate
    ? `na czas oznaczony od dnia ${formatDate(lease.startDate)} do dnia ${formatDate(lease.endDate)}`
    : `na czas nieoznaczony od dnia ${formatDate(lease.startDate)}`;
}

export const REMAINDER_TEXT = {
  refund: "podlega zwrotowi przez Wynajmującego po zakończeniu najmu",
  forfeit: "przepada na rzecz Wynajmującego bez prawa do zwrotu",
} as const;

export const representativesText = (names: string[]) => (names.length ? names.join(", ") : "……………………………………");

/** The values of every placeholder for this lease. */
export function placeholderValues(doc: Pick<LeaseDocumentData, "lease" | "representatives">, grantor: Grantor): Record<LeasePlaceholder, string> {
  const { lease, representatives } = doc;
  const { organisation, premises } = lease.parties;
  return {
    "lease.number": lease.number,
    "lease.startDate": formatDate(lease.startDate),
    "lease.endDate": lease.endDate ? formatDate(lease.endDate) : "czas nieoznaczony",
    "lease.term": termText(lease),
    "landlord.name": grantor.name,
    "landlord.unit": grantor.unit,
    "landlord.address": grantor.address,
    "landlord.nip": grantor.nip,
    "tenant.name": organisation.name,
    "tenant.address": organisation.address,
    "tenant.nip": organisation.nip,
    "tenant.regon": organisation.regon,
    "tenant.krs": organisation.krs ?? "—",
    "tenant.representatives": representativesText(representatives),
    "premises.address": premises.address,
    "premises.inventoryCode": premises.inventoryCode,
    "premises.district": premises.district,
    "premises.area": formatArea(lease.area),
    "rent.rate": formatRate(lease.rate),
    "rent.net": formatPLN(lease.monthlyNet),
    "rent.vatRate": fractionPercent(lease.vatRate),
    "rent.vat": formatPLN(lease.monthlyVat),
    "rent.gross": formatPLN(lease.monthlyGross),
    "paymentDay": String(lease.paymentDay),
    "holidays": String(lease.holidayDays),
    "deposit": formatPLN(lease.deposit),
    "depositMultiple": String(lease.depositMultiple),
    "permittedUse": lease.permittedUse,
    "offsetShare": fractionPercent(lease.offsetShare),
    "remainder": REMAINDER_TEXT[lease.remainderAtEnd],
  };
}

/** The first 12 rows and their sums (to the grosz, as decimal strings). */
export function firstYearOf(schedule: Pick<LeaseScheduleView, "rows">): LeaseDocumentData["firstYear"] {
  const rows = schedule.rows.slice(0, 12);
  const sum = (key: "net" | "vat" | "gross" | "offset" | "toPay") => rows.reduce((total, r) => total.plus(toDecimal(r[key])), toDecimal(0)).toFixed(2);
  return { rows, totals: { net: sum("net"), vat: sum("vat"), gross: sum("gross"), offset: sum("offset"), toPay: sum("toPay") } };
}
