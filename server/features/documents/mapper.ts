import { applicationReference, USE_LABELS } from "@shared/contracts/applications.ts";
import { hundredthsToString } from "@shared/contracts/common.ts";
import { derivationColumn, paragraphsColumn, partiesColumn } from "@shared/contracts/decision-records.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { toFixed2String } from "@shared/domain/money.ts";
import { baseMonthly } from "@shared/domain/rent.ts";
import type { AidFigures, ApprovedTerms, DecisionDocument } from "./data.ts";
import type { DecisionRecordRow } from "./repository.ts";

type DecisionRow = NonNullable<DecisionRecordRow["decision"]>;
type TermsRow = NonNullable<DecisionRow["terms"]>;

// Amounts in minor units, some BigInt columns (a total can pass 2^31); all far below 2^53.
const money = (minor: number | bigint) => hundredthsToString(Number(minor));

function approvedTerms(t: TermsRow): ApprovedTerms {
  return {
    policy: t.policyVersion,
    categoryLabel: t.categoryLabel,
    derivation: derivationColumn.read(t.derivation),
    baseRate: money(t.baseRateGrosze),
    policyRate: money(t.policyRateGrosze),
    rate: money(t.rateGrosze),
    startDate: t.startDate,
    months: t.months,
    beforeStartDays: t.beforeStartDays,
    renovationDays: t.renovationDays,
    holidayMonths: t.holidayMonths,
    vatRate: t.vatRate,
    monthly: { net: money(t.monthlyNetGrosze), vat: money(t.monthlyVatGrosze), gross: money(t.monthlyGrossGrosze) },
    baseMonthly: toFixed2String(baseMonthly(money(t.baseRateGrosze), money(t.areaDm2))),
  };
}

function aidFigures(t: TermsRow): AidFigures | null {
  if (t.discountRate === null || t.aidDiscountedGrosze === null) return null;
  const dm = t.deMinimisAid;
  return {
    grantDate: t.grantDate,
    discountRate: t.discountRate,
    nominal: money(t.aidNominalGrosze),
    discounted: money(t.aidDiscountedGrosze),
    deMinimis: dm && {
      eurRate: dm.eurRate, eur: money(dm.aidEurCents), priorEur: money(dm.priorAidEurCents), roomAfterEur: money(dm.roomAfterEurCents),
    },
  };
}

export function toDecisionDocument(row: DecisionRecordRow, d: DecisionRow): DecisionDocument {
  return {
    caseNumber: d.caseNumber,
    applicationReference: applicationReference(row.id, row.createdAt),
    decidedAt: toIsoDate(d.decidedAt),
    signer: { name: d.decidedByName || d.decidedByEmail, position: d.decidedByPosition },
    justification: paragraphsColumn.read(d.justification),
    notice: paragraphsColumn.read(d.notice),
    outcome: d.outcome,
    reason: d.reason,
    parties: partiesColumn.read(d.parties),
    intendedUse: USE_LABELS[row.intendedUse],
    submittedAt: row.submittedAt ? toIsoDate(row.submittedAt) : null,
    terms: d.terms && approvedTerms(d.terms),
    aid: d.terms && aidFigures(d.terms),
  };
}
