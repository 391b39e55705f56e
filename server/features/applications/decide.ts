import {
  applicationReference, type ApplicationDetail, type ApproveRequest, type Check, type RejectRequest, type Review, type ReviewQuery,
} from "@shared/contracts/applications.ts";
import { hundredthsToString } from "@shared/contracts/common.ts";
import type { DecisionParties } from "@shared/contracts/decision-records.ts";
import { cityYearOf, toIsoDate, type Clock } from "@shared/domain/dates.ts";
import { justification, whyChosen, type CompetitorFact, type RateFacts } from "@shared/domain/decision-justification.ts";
import { toMinor } from "@shared/domain/money.ts";
import { districtById } from "@shared/districts.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize } from "@server/lib/authorization.ts";
import { bumpDataVersion, type Db, type DbTx } from "@server/lib/db.ts";
import { AppError, type FieldError } from "@server/lib/errors.ts";
import { onUniqueViolation } from "@server/lib/conflicts.ts";
import { assess } from "./assessment.ts";
import { addressOf, organisationView, premisesRef, toDetail } from "./mapper.ts";
import { notify } from "./notifications.ts";
import {
  applicationById, competingApplications, findApplication, insertApproval, insertRefusal, moveStatus, nextCaseNumber, reservePremises,
  signerOf, type ApplicationRow, type ApprovedTermsRecord, type OrganisationRow, type PremisesRow,
} from "./repository.ts";
import type { PricedTerms, TermsOutcome } from "./terms.ts";

const LOST_REASON = "Lokal przyznano innemu wnioskodawcy.";

/** How decisions are issued: the case-number prefix and the notice (pouczenie) per outcome, from the documents' configuration. */
export interface DecisionIssuing {
  casePrefix: string;
  notice: { approved: string[]; rejected: string[] };
}

type Competitor = Pick<ApplicationRow, "id" | "createdAt" | "submittedAt"> & { organisation: Pick<OrganisationRow, "name"> };

function competitorFact(c: Competitor): CompetitorFact {
  return { organisation: c.organisation.name, reference: applicationReference(c.id, c.createdAt), submittedAt: c.submittedAt && toIsoDate(c.submittedAt) };
}
const PREMISES_KEY = "premises";

const notFound = () => AppError.notFound("Nie ma wniosku o takim identyfikatorze.");

export async function reviewApplication(db: Db, actor: Actor | null, id: string, terms: ReviewQuery): Promise<Review> {
  authorize(actor, "application:review");
  return db.$transaction(async (tx) => {
    const row = await findApplication(tx, id);
    if (!row || row.status === "draft") throw notFound();
    const { organisation: org, premises } = row;
    const { checks, outcome } = await assess(tx, row, org, premises, terms);
    const competing = (await competingApplications(tx, row.premisesId, id))
      .map((c) => ({ ...toDetail(c), organisation: organisationView(c.organisation) }));
    return {
      application: toDetail(row),
      organisation: organisationView(org),
      premises: { ...premisesRef(premises), condition: premises.condition.replace(/_/g, "-"), socialPool: premises.socialPool, allowedUses: premises.uses.map((u) => u.use) },
      checks,
      terms: outcome?.view ?? null,
      competing,
    };
  });
}

function partiesSnapshot(org: OrganisationRow, premises: PremisesRow): DecisionParties {
  return {
    organisation: { name: org.name, nip: org.nip, address: `${org.street}, ${org.postalCode} ${org.city}` },
    premises: {
      address: addressOf(premises), inventoryCode: premises.inventoryCode,
      district: districtById(premises.district)?.name ?? premises.district, area: hundredthsToString(premises.usableAreaDm2),
    },
  };
}

/** What the approval records of the terms as computed: amounts in grosze (euro cents). */
function approvedTerms(outcome: TermsOutcome, priced: PricedTerms, premises: PremisesRow, grantDate: string, priorCents: number): ApprovedTermsRecord {
  const { view } = outcome;
  const { discounted, deMinimis } = priced.aid;
  return {
    policyVersionId: view.policy.id,
    category: priced.best.category,
    categoryLabel: priced.best.label,
    derivation: view.derivation,
    alternatives: view.alternatives,
    baseRateGrosze: premises.baseRateGrosze,
    policyRateGrosze: toMinor(priced.best.rate),
    rateGrosze: toMinor(priced.rate),
    areaDm2: premises.usableAreaDm2,
    startDate: view.startDate,
    months: view.months,
    beforeStartDays: view.beforeStartDays,
    renovationDays: view.renovationDays,
    holidayMonths: view.holidayMonths,
    vatRate: view.vatRate,
    monthlyNetGrosze: toMinor(priced.monthly.net),
    monthlyVatGrosze: toMinor(priced.monthly.vat),
    monthlyGrossGrosze: toMinor(priced.monthly.gross),
    grantDate,
    aidNominalGrosze: toMinor(priced.aid.nominal),
    discounted: discounted && { discountRate: discounted.discountRate, aidDiscountedGrosze: toMinor(discounted.value) },
    deMinimisAid: deMinimis && {
      eurRate: deMinimis.eurRate, aidEurCents: toMinor(deMinimis.eur), priorAidEurCents: priorCents, roomAfterEurCents: toMinor(deMinimis.roomAfterEur),
    },
  };
}

/**
 * Approves in one transaction: the premises flips from available to reserved only if it still is
 * available, the application must still be submitted, and the unique reservedPremisesId refuses a
 * second holder. Whoever comes second gets a 409 and nothing of theirs is written.
 */
export async function approveApplication(
  db: Db, actor: Actor | null, id: string, terms: ApproveRequest, clock: Clock, issuing: DecisionIssuing,
): Promise<ApplicationDetail> {
  authorize(actor, "application:decide");
  // Two approvals racing for one premises: the unique reservation key lets one through.
  return onUniqueViolation(
    () => db.$transaction(async (tx) => {
      const row = await findApplication(tx, id);
      if (!row || row.status === "draft") throw notFound();
      const { organisation: org, premises } = row;
      if (premises.status !== "available") throw premisesTaken(premises);
      if (row.status !== "submitted") throw AppError.conflict(`Wniosek ma już status „${row.status}”; rozstrzyga się tylko wnioski złożone.`, "not-submitted");

      const { checks, outcome, grantDate, priorCents } = await assess(tx, row, org, premises, terms);
      refuseFailedChecks(checks, outcome);
      // The checks passed, so the terms are priced (and the aid in euro, for de minimis aid).
      const priced = outcome?.priced;
      if (!outcome || !priced || (org.economicActivity && !priced.aid.deMinimis)) {
        throw AppError.unprocessable("Nie można ustalić warunków najmu.", "decision-not-allowed");
      }
      const { view } = outcome;

      // Lost the race: under PostgreSQL's READ COMMITTED the premises read above is from before the
      // winner committed, so the answer says what the premises is now.
      if (!(await reservePremises(tx, premises.id))) throw premisesTaken((await findApplication(tx, id))?.premises ?? premises);
      const now = clock.now();
      if (!(await moveStatus(tx, id, ["submitted"], { status: "approved", decidedAt: now, reservedPremisesId: premises.id }))) {
        throw AppError.conflict("Status wniosku właśnie się zmienił. Odśwież stronę.", "not-submitted");
      }
      const competitors = await competingApplications(tx, premises.id, id);
      const facts = {
        submittedAt: row.submittedAt && toIsoDate(row.submittedAt), competitors: competitors.map(competitorFact), choiceReason: terms.choiceReason ?? null,
      };
      const signer = await signerOf(tx, actor.userId);
      // Taken once the decision can no longer be refused, so the counter row (locked until the commit)
      // holds up the next decision only for the writes below; a rollback still takes the number back.
      const caseNumber = await nextCaseNumber(tx, issuing.casePrefix, cityYearOf(now));
      await insertApproval(tx, {
        applicationId: id, caseNumber, decidedAt: now, decidedById: actor.userId, decidedByEmail: actor.email, signer,
        parties: partiesSnapshot(org, premises), terms: approvedTerms(outcome, priced, premises, grantDate, priorCents),
        justification: justification({
          outcome: "approved", organisation: org.name, checks, ...facts,
          rate: rateFacts(outcome, priced, premises),
          aid: priced.aid.discounted && {
            grantDate, discounted: priced.aid.discounted.value,
            deMinimis: priced.aid.deMinimis && { eur: priced.aid.deMinimis.eur, priorEur: hundredthsToString(priorCents), roomAfterEur: priced.aid.deMinimis.roomAfterEur },
          },
        }),
        notice: issuing.notice.approved,
      });
      const about = { ...row, premisesAddress: addressOf(premises) };
      await notify(tx, { kind: "approved", startDate: view.startDate, months: view.months, rate: priced.rate, gross: priced.monthly.gross }, about);
      await recordAudit(tx, {
        actor, entity: "application", entityId: id, action: "approve", before: { status: "submitted" },
        after: { status: "approved", rate: view.rate, months: view.months, startDate: view.startDate, aidEur: view.aid.eur, policyVersionId: view.policy.id },
      });
      await recordAudit(tx, { actor, entity: "premises", entityId: premises.id, action: "reserve", before: { status: "available" }, after: { status: "reserved", applicationId: id } });
      const won = { organisation: org.name, reference: applicationReference(row.id, row.createdAt), caseNumber, submittedAt: facts.submittedAt, why: whyChosen(facts) };
      await rejectCompeting(tx, actor, { row, won, signer }, premises, now, issuing);
      await bumpDataVersion(tx, PREMISES_KEY);
      return toDetail(await applicationById(tx, id));
    }),
    () => AppError.conflict("Lokal przyznano już innemu wnioskodawcy.", "premises-taken"),
  );
}

function rateFacts(outcome: TermsOutcome, priced: PricedTerms, premises: PremisesRow): RateFacts {
  const { view } = outcome;
  return {
    policy: { name: view.policy.name, effectiveFrom: view.policy.effectiveFrom, isExample: view.policy.isExample },
    category: priced.best.label,
    alternatives: view.alternatives.map((a) => ({ label: a.label, rate: a.rate })),
    derivation: view.derivation,
    baseRate: hundredthsToString(premises.baseRateGrosze),
    policyRate: priced.best.rate,
    rate: priced.rate,
  };
}

function premisesTaken(premises: PremisesRow): AppError {
  return premises.status === "reserved" || premises.status === "leased"
    ? AppError.conflict("Lokal przyznano już innemu wnioskodawcy; tego wniosku nie można zatwierdzić.", "premises-taken")
    : AppError.conflict(`Lokal nie jest dostępny (status: ${premises.status.replace(/_/g, "-")}).`, "premises-not-available");
}

function refuseFailedChecks(checks: Check[], outcome: TermsOutcome | null): void {
  const problems = outcome?.problems ?? [];
  const eurMissing = problems.find((p) => p.code === "eurRate.required");
  if (eurMissing) throw AppError.validation([eurMissing]);
  const failed = checks.filter((c) => c.ok === false);
  if (failed.length === 0) return;
  const fieldErrors: FieldError[] = problems.filter((p) => p.code !== "eurRate.required");
  if (failed.some((c) => c.code === "use-allowed")) fieldErrors.push({ field: "intendedUse", code: "intendedUse.notAllowed" });
  const code = failed.some((c) => c.code === "organisation-verified") ? "organisation-not-verified"
    : failed.some((c) => c.code === "aid-ceiling") ? "de-minimis-ceiling" : "decision-not-allowed";
  throw AppError.unprocessable(failed.map((c) => c.message).join(" "), code, fieldErrors);
}

interface Winner {
  row: ApplicationRow;
  won: { organisation: string; reference: string; caseNumber: string; submittedAt: string | null; why: string };
  signer: { name: string; position: string };
}

/** The other submitted applications for the premises lose it, each with a decision (its own case number) and a message. */
async function rejectCompeting(tx: DbTx, actor: Actor, winner: Winner, premises: PremisesRow, now: Date, issuing: DecisionIssuing): Promise<void> {
  for (const other of await competingApplications(tx, premises.id, winner.row.id)) {
    if (!(await moveStatus(tx, other.id, ["submitted"], { status: "rejected", decidedAt: now }))) continue;
    await insertRefusal(tx, {
      applicationId: other.id, caseNumber: await nextCaseNumber(tx, issuing.casePrefix, cityYearOf(now)),
      decidedAt: now, decidedById: actor.userId, decidedByEmail: actor.email, signer: winner.signer,
      reason: LOST_REASON, parties: partiesSnapshot(other.organisation, premises),
      justification: justification({ outcome: "lost", organisation: other.organisation.name, winner: winner.won }),
      notice: issuing.notice.rejected,
    });
    await notify(tx, { kind: "lost" }, { ...other, premisesAddress: addressOf(premises) });
    await recordAudit(tx, {
      actor, entity: "application", entityId: other.id, action: "reject", before: { status: "submitted" },
      after: { status: "rejected", reason: LOST_REASON, wonBy: winner.row.id },
    });
  }
}

export async function rejectApplication(
  db: Db, actor: Actor | null, id: string, body: RejectRequest, clock: Clock, issuing: DecisionIssuing,
): Promise<ApplicationDetail> {
  authorize(actor, "application:decide");
  return db.$transaction(async (tx) => {
    const row = await findApplication(tx, id);
    if (!row || row.status === "draft") throw notFound();
    const now = clock.now();
    if (!(await moveStatus(tx, id, ["submitted"], { status: "rejected", decidedAt: now }))) {
      throw AppError.conflict(`Wniosek ma już status „${row.status}”; rozstrzyga się tylko wnioski złożone.`, "not-submitted");
    }
    // The checks as they stood for the terms applied for: the facts the refusal was made against.
    const { checks } = await assess(tx, row, row.organisation, row.premises, {});
    const competitors = (await competingApplications(tx, row.premisesId, id)).map(competitorFact);
    const caseNumber = await nextCaseNumber(tx, issuing.casePrefix, cityYearOf(now));
    await insertRefusal(tx, {
      applicationId: id, caseNumber, decidedAt: now, decidedById: actor.userId, decidedByEmail: actor.email, signer: await signerOf(tx, actor.userId),
      reason: body.reason, parties: partiesSnapshot(row.organisation, row.premises),
      justification: justification({ outcome: "rejected", organisation: row.organisation.name, reason: body.reason, checks, competitors }),
      notice: issuing.notice.rejected,
    });
    await notify(tx, { kind: "rejected", reason: body.reason }, { ...row, premisesAddress: addressOf(row.premises) });
    await recordAudit(tx, { actor, entity: "application", entityId: id, action: "reject", before: { status: "submitted" }, after: { status: "rejected", reason: body.reason } });
    return toDetail(await applicationById(tx, id));
  });
}
