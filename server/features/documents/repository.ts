import { applicationReference, USE_LABELS } from "@shared/contracts/applications.ts";
import { hundredthsToString } from "@shared/contracts/common.ts";
import type { Use } from "@shared/contracts/premises.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { toFixed2String } from "@shared/domain/money.ts";
import { baseMonthly } from "@shared/domain/rent.ts";
import type { DbTx } from "@server/lib/db.ts";
import type { DecisionDocument, Parties } from "./data.ts";

const money = (minor: number | null) => (minor === null ? null : hundredthsToString(minor));

/** The application's owner and its decision as the documents print it; null when not decided. */
export async function loadDecisionDocument(db: DbTx, applicationId: string): Promise<{ organisationId: string; document: DecisionDocument | null } | null> {
  const row = await db.application.findUnique({
    where: { id: applicationId },
    include: { decision: { include: { policyVersion: { select: { name: true, effectiveFrom: true, isExample: true } } } } },
  });
  if (!row) return null;
  const d = row.decision;
  if (!d) return { organisationId: row.organisationId, document: null };
  const approved = d.outcome === "approved";
  return {
    organisationId: row.organisationId,
    document: {
      reference: applicationReference(row.id, row.createdAt),
      decidedAt: toIsoDate(d.decidedAt),
      decidedBy: d.decidedByEmail,
      outcome: d.outcome,
      reason: d.reason,
      parties: JSON.parse(d.parties) as Parties,
      intendedUse: USE_LABELS[row.intendedUse as Use],
      submittedAt: row.submittedAt ? toIsoDate(row.submittedAt) : null,
      terms: approved && d.policyVersion ? {
        policy: d.policyVersion,
        categoryLabel: d.categoryLabel ?? "",
        derivation: JSON.parse(d.derivation ?? "[]") as string[],
        baseRate: money(d.baseRateGrosze)!,
        policyRate: money(d.policyRateGrosze)!,
        rate: money(d.rateGrosze)!,
        startDate: d.startDate!,
        months: d.months!,
        beforeStartDays: d.beforeStartDays ?? 0,
        renovationDays: d.renovationDays ?? 0,
        holidayMonths: d.holidayMonths ?? 0,
        vatRate: d.vatRate ?? "0",
        monthly: { net: money(d.monthlyNetGrosze)!, vat: money(d.monthlyVatGrosze)!, gross: money(d.monthlyGrossGrosze)! },
        baseMonthly: toFixed2String(baseMonthly(money(d.baseRateGrosze)!, money(d.areaDm2)!)),
      } : null,
      aid: approved && d.grantDate && d.discountRate ? {
        deMinimis: d.deMinimis,
        grantDate: d.grantDate,
        discountRate: d.discountRate,
        nominal: money(d.aidNominalGrosze)!,
        discounted: money(d.aidDiscountedGrosze)!,
        eurRate: d.eurRate,
        eur: money(d.aidEurCents),
        priorEur: money(d.priorAidEurCents),
        roomAfterEur: money(d.roomAfterEurCents),
      } : null,
    },
  };
}
