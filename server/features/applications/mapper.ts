import {
  applicationReference, type ApplicationDetail, type ApplicationSummary, type DecisionView,
} from "@shared/contracts/applications.ts";
import { hundredthsToString } from "@shared/contracts/common.ts";
import { derivationColumn, paragraphsColumn } from "@shared/contracts/decision-records.ts";
import { Category } from "@shared/contracts/rate-policy.ts";
import type { DistrictId } from "@shared/districts.ts";
import { eligibleCategories, type LegalForm, type OrganisationProfile } from "@shared/domain/rate-policy.ts";
import type { ApplicationRow, OrganisationRow, PremisesRow } from "./repository.ts";

const fromDb = <T extends string>(value: string) => value.replace(/_/g, "-") as T;
// Amounts in minor units, some BigInt columns (a total can pass 2^31); all far below 2^53.
const money = (minor: number | bigint) => hundredthsToString(Number(minor));
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function addressOf(p: Pick<PremisesRow, "street" | "buildingNo" | "unitNo">): string {
  return `${p.street} ${p.buildingNo}${p.unitNo ? `/${p.unitNo}` : ""}`;
}

export function premisesRef(p: PremisesRow) {
  return {
    id: p.id, inventoryCode: p.inventoryCode, address: addressOf(p), district: p.district as DistrictId,
    area: hundredthsToString(p.usableAreaDm2), baseRent: hundredthsToString(p.baseRateGrosze), status: fromDb(p.status),
  };
}

export function premisesForRate(p: PremisesRow) {
  return {
    baseRate: hundredthsToString(p.baseRateGrosze), area: hundredthsToString(p.usableAreaDm2),
    condition: fromDb(p.condition), socialPool: p.socialPool,
  };
}

export function profileOf(o: OrganisationRow): OrganisationProfile {
  return {
    legalForm: fromDb<LegalForm>(o.legalForm),
    socialEnterpriseStatus: o.socialEnterprise,
    publicBenefit: o.publicBenefit,
    reintegrationType: o.reintegrationType ? (o.reintegrationType.toUpperCase() as OrganisationProfile["reintegrationType"]) : null,
  };
}

export function organisationView(o: OrganisationRow) {
  return {
    id: o.id, name: o.name, nip: o.nip, legalForm: fromDb(o.legalForm), status: fromDb(o.status),
    socialEnterprise: o.socialEnterprise, socialEnterpriseSince: o.socialEnterpriseSince, publicBenefit: o.publicBenefit,
    reintegrationType: o.reintegrationType, economicActivity: o.economicActivity,
    categories: eligibleCategories(profileOf(o)),
  };
}

function decisionView(row: ApplicationRow): DecisionView | null {
  const d = row.decision;
  if (!d) return null;
  // Only an approval has terms; a refusal shows nulls in their place.
  const t = d.terms;
  const dm = t?.deMinimisAid ?? null;
  return {
    outcome: d.outcome,
    caseNumber: d.caseNumber,
    decidedAt: d.decidedAt.toISOString(),
    decidedBy: { name: d.decidedByName, position: d.decidedByPosition },
    justification: paragraphsColumn.read(d.justification),
    reason: d.reason,
    policy: t?.policyVersion ?? null,
    category: t ? Category.parse(t.category) : null,
    categoryLabel: t?.categoryLabel ?? null,
    derivation: t ? derivationColumn.read(t.derivation) : [],
    baseRate: t ? money(t.baseRateGrosze) : null,
    policyRate: t ? money(t.policyRateGrosze) : null,
    rate: t ? money(t.rateGrosze) : null,
    startDate: t?.startDate ?? null,
    months: t?.months ?? null,
    beforeStartDays: t?.beforeStartDays ?? null,
    renovationDays: t?.renovationDays ?? null,
    monthly: t ? { net: money(t.monthlyNetGrosze), vat: money(t.monthlyVatGrosze), gross: money(t.monthlyGrossGrosze) } : null,
    // The aid is shown once it could be discounted (a discount rate was in force on the grant date).
    aid: t && t.discountRate !== null && t.aidDiscountedGrosze !== null
      ? {
        deMinimis: dm !== null, grantDate: t.grantDate, discountRate: t.discountRate,
        nominal: money(t.aidNominalGrosze), discounted: money(t.aidDiscountedGrosze), eurRate: dm?.eurRate ?? null,
        eur: dm ? money(dm.aidEurCents) : null, priorEur: dm ? money(dm.priorAidEurCents) : null,
        roomAfterEur: dm ? money(dm.roomAfterEurCents) : null,
      }
      : null,
    documents: {
      decision: `/api/applications/${row.id}/decision.pdf`,
      certificate: dm ? `/api/applications/${row.id}/de-minimis-certificate.pdf` : null,
    },
  };
}

export function toDetail(row: ApplicationRow): ApplicationDetail {
  return {
    id: row.id,
    reference: applicationReference(row.id, row.createdAt),
    status: row.status,
    organisation: { id: row.organisation.id, name: row.organisation.name },
    premises: premisesRef(row.premises),
    intendedUse: row.intendedUse,
    activity: row.activity,
    socialPurpose: row.socialPurpose,
    employees: row.employees,
    employeesAtRisk: row.employeesAtRisk,
    requestedStart: row.requestedStart,
    requestedMonths: row.requestedMonths,
    tenantWillRenovate: row.tenantWillRenovate,
    fitOut: row.fitOut.map((f) => ({ description: f.description, cost: hundredthsToString(f.costGrosze) })),
    fitOutTotal: hundredthsToString(row.fitOut.reduce((sum, f) => sum + f.costGrosze, 0)),
    accessibilityNeeds: row.accessibilityNeeds,
    createdAt: row.createdAt.toISOString(),
    submittedAt: iso(row.submittedAt),
    decidedAt: iso(row.decidedAt),
    withdrawnAt: iso(row.withdrawnAt),
    decision: decisionView(row),
  };
}

export function toSummary(detail: ApplicationDetail, competing: number, now: Date): ApplicationSummary {
  const since = new Date(detail.submittedAt ?? detail.createdAt);
  return {
    id: detail.id, reference: detail.reference, status: detail.status, organisation: detail.organisation,
    premises: detail.premises, intendedUse: detail.intendedUse, requestedStart: detail.requestedStart,
    requestedMonths: detail.requestedMonths, createdAt: detail.createdAt, submittedAt: detail.submittedAt,
    decidedAt: detail.decidedAt,
    ageDays: Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000)),
    competing,
  };
}
