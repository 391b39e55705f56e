import type { Check, ReviewQuery } from "@shared/contracts/applications.ts";
import { USE_LABELS } from "@shared/contracts/applications.ts";
import { hundredthsToString } from "@shared/contracts/common.ts";
import { formatEUR, formatRate } from "@shared/domain/money.ts";
import { eligibleCategories } from "@shared/domain/rate-policy.ts";
import type { DbTx } from "@server/lib/db.ts";
import { discountRateInForce, policyInForce } from "@server/features/rate-policy/index.ts";
import { premisesForRate, profileOf } from "./mapper.ts";
import { priorAidEurCents, type ApplicationRow, type OrganisationRow, type PremisesRow } from "./repository.ts";
import { computeTerms, type TermsOutcome } from "./terms.ts";

// What the system checks before an officer decides, for the review page and, again inside its
// transaction, for the approval: the parties, the policy in force, the rate, the holidays, the aid.

export interface Assessment {
  checks: Check[];
  outcome: TermsOutcome | null;
  grantDate: string;
  priorCents: number;
}

/** Everything the officer must see before deciding, for the terms asked (defaults: as applied for). */
export async function assess(tx: DbTx, row: ApplicationRow, org: OrganisationRow, premises: PremisesRow, asked: ReviewQuery): Promise<Assessment> {
  const decided = row.decision?.terms ?? null;
  const terms = decided ? decisionTerms(decided) : asked;
  const startDate = terms.startDate ?? row.requestedStart;
  const grantDate = terms.grantDate ?? startDate;
  const [policy, discount, priorCents] = await Promise.all([
    policyInForce(tx, grantDate), discountRateInForce(tx, grantDate),
    decided?.deMinimisAid ? Number(decided.deMinimisAid.priorAidEurCents) : priorAidEurCents(tx, org.id, grantDate, row.id),
  ]);
  const outcome = policy && computeTerms({
    policy,
    categories: eligibleCategories(profileOf(org)),
    premises: premisesForRate(premises),
    tenantWillRenovate: row.tenantWillRenovate,
    deMinimis: org.economicActivity,
    priorAidEur: hundredthsToString(priorCents),
    discount,
  }, {
    startDate, grantDate, months: terms.months ?? row.requestedMonths, rate: terms.rate, eurRate: terms.eurRate,
    beforeStartDays: terms.beforeStartDays ?? 0, renovationDays: terms.renovationDays ?? 0,
  });
  const problems = outcome?.problems ?? [];
  const has = (field: string) => problems.some((p) => p.field === field);
  const heldByThis = row.reservedPremisesId === premises.id;
  const checks: Check[] = [
    org.status === "verified"
      ? { code: "organisation-verified", ok: true, message: "Organizacja zweryfikowana przez urząd." }
      : { code: "organisation-verified", ok: false, message: "Organizacja nie jest zweryfikowana: nie można rozstrzygnąć wniosku." },
    premises.status === "available" || heldByThis
      ? { code: "premises-available", ok: true, message: heldByThis ? "Lokal zarezerwowany dla tego wniosku." : "Lokal dostępny." }
      : { code: "premises-available", ok: false, message: `Lokal nie jest dostępny (status: ${premises.status.replace(/_/g, "-")}).` },
    categoryCheck(outcome, grantDate),
    premises.uses.some((u) => u.use === row.intendedUse)
      ? { code: "use-allowed", ok: true, message: `Przeznaczenie „${USE_LABELS[row.intendedUse]}” dozwolone w lokalu.` }
      : { code: "use-allowed", ok: false, message: `Lokal nie jest przeznaczony na „${USE_LABELS[row.intendedUse]}”.` },
    has("beforeStartDays") || has("renovationDays")
      ? { code: "holidays-allowed", ok: false, message: holidayMessage(outcome) }
      : { code: "holidays-allowed", ok: true, message: "Zwolnienia z czynszu w granicach polityki." },
    has("rate")
      ? { code: "rate-allowed", ok: false, message: "Stawka poza granicami: nie niższa niż z polityki, nie wyższa niż bazowa." }
      : { code: "rate-allowed", ok: true, message: "Stawka zgodna z polityką." },
    aidCheck(org, outcome),
  ];
  return { checks, outcome, grantDate, priorCents };
}

// An approved application is assessed on the terms it was granted, against the aid received before
// it (as recorded then): the review shows the figures of the decision and its documents, never this
// aid counted a second time as prior aid.
function decisionTerms(d: NonNullable<NonNullable<ApplicationRow["decision"]>["terms"]>): ReviewQuery {
  return {
    startDate: d.startDate, grantDate: d.grantDate, months: d.months, rate: hundredthsToString(d.rateGrosze),
    eurRate: d.deMinimisAid?.eurRate, beforeStartDays: d.beforeStartDays, renovationDays: d.renovationDays,
  };
}

function categoryCheck(outcome: TermsOutcome | null, day: string): Check {
  if (!outcome) return { code: "category-eligible", ok: false, message: `Brak polityki stawek obowiązującej w dniu ${day}.` };
  if (!outcome.best) return { code: "category-eligible", ok: false, message: "Organizacja nie należy do żadnej kategorii polityki stawek." };
  const all = outcome.view.alternatives.map((a) => `${a.label} (${formatRate(a.rate)})`).join(", ");
  return { code: "category-eligible", ok: true, message: `Kategorie: ${all}. Najkorzystniejsza: ${outcome.best.label}.` };
}

function holidayMessage(outcome: TermsOutcome | null): string {
  const limits = outcome ? outcome.view : null;
  return `Zwolnienia z czynszu przekraczają limity polityki` +
    (limits ? ` (do rozpoczęcia działalności ${limits.beforeStartDays} dni, remont ${limits.renovationDays} dni).` : ".");
}

function aidCheck(org: OrganisationRow, outcome: TermsOutcome | null): Check {
  const code = "aid-ceiling";
  if (!org.economicActivity) {
    return { code, ok: true, message: "Organizacja nie prowadzi działalności gospodarczej: preferencja nie jest pomocą de minimis." };
  }
  const aid = outcome?.view.aid;
  if (!aid) return { code, ok: null, message: "Nie można obliczyć pomocy bez polityki stawek." };
  if (aid.discountRate === null) return { code, ok: false, message: "Brak stopy dyskontowej na dzień udzielenia pomocy." };
  const deMinimis = outcome?.priced?.aid.deMinimis;
  if (!deMinimis) return { code, ok: null, message: `Podaj kurs NBP, by sprawdzić limit. Pozostało ${formatEUR(aid.roomEur)} limitu.` };
  if (outcome?.ceilingDetail) return { code, ok: false, message: outcome.ceilingDetail };
  return { code, ok: true, message: `Pomoc ${formatEUR(deMinimis.eur)}; po jej udzieleniu pozostanie ${formatEUR(deMinimis.roomAfterEur)} limitu.` };
}
