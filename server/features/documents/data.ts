// What the written decision and the de minimis certificate show: plain values, amounts as
// decimal strings ("1234.56"), dates as ISO dates. Built from the decision record as it was made.

export interface Parties {
  organisation: { name: string; nip: string; address: string };
  premises: { address: string; inventoryCode: string; district: string; area: string };
}

export interface ApprovedTerms {
  policy: { name: string; effectiveFrom: string; isExample: boolean };
  categoryLabel: string;
  derivation: string[];
  baseRate: string;
  policyRate: string;
  rate: string;
  startDate: string;
  months: number;
  beforeStartDays: number;
  renovationDays: number;
  holidayMonths: number;
  vatRate: string;
  monthly: { net: string; vat: string; gross: string };
  baseMonthly: string;
}

export interface AidFigures {
  deMinimis: boolean;
  grantDate: string;
  discountRate: string;
  nominal: string;
  discounted: string;
  /** Only when the aid is de minimis aid (the organisation runs economic activity). */
  eurRate: string | null;
  eur: string | null;
  priorEur: string | null;
  roomAfterEur: string | null;
}

export interface DecisionDocument {
  reference: string;
  decidedAt: string;
  decidedBy: string | null;
  outcome: "approved" | "rejected";
  reason: string | null;
  parties: Parties;
  intendedUse: string;
  submittedAt: string | null;
  terms: ApprovedTerms | null;
  aid: AidFigures | null;
}
