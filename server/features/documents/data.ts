import type { DecisionParties } from "@shared/contracts/decision-records.ts";
import type { CalendarDate } from "@shared/domain/dates.ts";

// What the written decision and the de minimis certificate show: plain values, amounts as
// decimal strings ("1234.56"), dates as calendar dates. Built from the decision record as it was made.

export type Parties = DecisionParties;

export interface ApprovedTerms {
  policy: { name: string; effectiveFrom: CalendarDate; isExample: boolean };
  categoryLabel: string;
  derivation: string[];
  baseRate: string;
  policyRate: string;
  rate: string;
  startDate: CalendarDate;
  months: number;
  beforeStartDays: number;
  renovationDays: number;
  holidayMonths: number;
  vatRate: string;
  monthly: { net: string; vat: string; gross: string };
  baseMonthly: string;
}

/** De minimis aid in euro, when the beneficiary runs economic activity. */
export interface DeMinimisFigures {
  eurRate: string;
  eur: string;
  priorEur: string;
  roomAfterEur: string;
}

export interface AidFigures {
  grantDate: CalendarDate;
  discountRate: string;
  nominal: string;
  discounted: string;
  /** Only when the aid is de minimis aid (the organisation runs economic activity). */
  deMinimis: DeMinimisFigures | null;
}

export interface DecisionDocument {
  /** The decision's case number (znak sprawy), sequential per year: "ZBK-WN/2026/0042". */
  caseNumber: string;
  /** The application's own reference: "ZBK-WN/2026/1A2B3C4D". */
  applicationReference: string;
  decidedAt: CalendarDate;
  /** The officer as named at the decision (profile name and position). */
  signer: { name: string; position: string };
  justification: string[];
  notice: string[];
  outcome: "approved" | "rejected";
  reason: string | null;
  parties: Parties;
  intendedUse: string;
  submittedAt: CalendarDate | null;
  /** Only for an approval. */
  terms: ApprovedTerms | null;
  /** Only for an approval whose aid could be discounted (a discount rate was in force). */
  aid: AidFigures | null;
}
