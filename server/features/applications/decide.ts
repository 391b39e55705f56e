import type {
  ApplicationDetail, ApproveRequest, Check, RejectRequest, Review, ReviewQuery,
} from "@shared/contracts/applications.ts";
import { hundredthsFromString, hundredthsToString } from "@shared/contracts/common.ts";
import { districtById } from "@shared/districts.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize } from "@server/lib/authorization.ts";
import { bumpDataVersion, type Db, type DbTx } from "@server/lib/db.ts";
import { AppError, type FieldError } from "@server/lib/errors.ts";
import { isUniqueViolation } from "@server/lib/prisma-errors.ts";
import { assess } from "./assessment.ts";
import { addressOf, organisationView, premisesRef, toDetail } from "./mapper.ts";
import { notify } from "./notifications.ts";
import {
  competingApplications, findApplication, findOrganisation, findPremises, moveStatus,
  type ApplicationRow, type OrganisationRow, type PremisesRow,
} from "./repository.ts";
import { detailOf } from "./service.ts";
import type { TermsOutcome } from "./terms.ts";

const LOST_REASON = "Lokal przyznano innemu wnioskodawcy.";
const PREMISES_KEY = "premises";

const notFound = () => AppError.notFound("Nie ma wniosku o takim identyfikatorze.");
// "1234.56" (zł or euro) → 123456 (grosze or cents), as the decision columns hold amounts.
const minor = (amount: string) => hundredthsFromString(amount)!;

async function loadParties(tx: DbTx, row: ApplicationRow) {
  const [org, premises] = await Promise.all([findOrganisation(tx, row.organisationId), findPremises(tx, row.premisesId)]);
  if (!org || !premises) throw notFound();
  return { org, premises };
}

export async function reviewApplication(db: Db, actor: Actor | null, id: string, terms: ReviewQuery): Promise<Review> {
  authorize(actor, "application:review");
  return db.$transaction(async (tx) => {
    const row = await findApplication(tx, id);
    if (!row || row.status === "draft") throw notFound();
    const { org, premises } = await loadParties(tx, row);
    const { checks, outcome } = await assess(tx, row, org, premises, terms);
    const competing = await Promise.all((await competingApplications(tx, row.premisesId, id)).map(async (c) => {
      const other = await findOrganisation(tx, c.organisationId);
      return { ...toDetail(c, premises, other!), organisation: organisationView(other!) };
    }));
    return {
      application: toDetail(row, premises, org),
      organisation: organisationView(org),
      premises: { ...premisesRef(premises), condition: premises.condition.replace(/_/g, "-"), socialPool: premises.socialPool, allowedUses: premises.uses.map((u) => u.use) },
      checks,
      terms: outcome?.view ?? null,
      competing,
    };
  });
}

function partiesSnapshot(org: OrganisationRow, premises: PremisesRow): string {
  return JSON.stringify({
    organisation: { name: org.name, nip: org.nip, address: `${org.street}, ${org.postalCode} ${org.city}` },
    premises: {
      address: addressOf(premises), inventoryCode: premises.inventoryCode,
      district: districtById(premises.district)?.name ?? premises.district, area: hundredthsToString(premises.usableAreaDm2),
    },
  });
}

/**
 * Approves in one transaction: the premises flips from available to reserved only if it still is
 * available, the application must still be submitted, and the unique reservedPremisesId refuses a
 * second holder. Whoever comes second gets a 409 and nothing of theirs is written.
 */
export async function approveApplication(db: Db, actor: Actor | null, id: string, terms: ApproveRequest): Promise<ApplicationDetail> {
  authorize(actor, "application:decide");
  try {
    return await db.$transaction(async (tx) => {
      const row = await findApplication(tx, id);
      if (!row || row.status === "draft") throw notFound();
      const { org, premises } = await loadParties(tx, row);
      if (premises.status !== "available") throw premisesTaken(premises);
      if (row.status !== "submitted") throw AppError.conflict(`Wniosek ma już status „${row.status}”; rozstrzyga się tylko wnioski złożone.`, "not-submitted");

      const { checks, outcome, grantDate, priorCents } = await assess(tx, row, org, premises, terms);
      refuseFailedChecks(checks, outcome);
      const view = outcome!.view;
      const best = outcome!.best!;

      const flipped = await tx.premises.updateMany({ where: { id: premises.id, status: "available" }, data: { status: "reserved" } });
      if (flipped.count !== 1) throw premisesTaken(premises);
      const now = new Date();
      if (!(await moveStatus(tx, id, ["submitted"], { status: "approved", decidedAt: now, reservedPremisesId: premises.id }))) {
        throw AppError.conflict("Status wniosku właśnie się zmienił. Odśwież stronę.", "not-submitted");
      }
      const aid = view.aid;
      await tx.decision.create({
        data: {
          applicationId: id, outcome: "approved", decidedAt: now, decidedById: actor.userId, decidedByEmail: actor.email,
          parties: partiesSnapshot(org, premises), policyVersionId: view.policy.id,
          category: best.category, categoryLabel: best.label,
          derivation: JSON.stringify(view.derivation), alternatives: JSON.stringify(view.alternatives),
          baseRateGrosze: premises.baseRateGrosze, policyRateGrosze: minor(best.rate), rateGrosze: minor(view.rate!),
          areaDm2: premises.usableAreaDm2, startDate: view.startDate, months: view.months,
          beforeStartDays: view.beforeStartDays, renovationDays: view.renovationDays, holidayMonths: view.holidayMonths,
          vatRate: view.vatRate,
          monthlyNetGrosze: minor(view.monthly!.net), monthlyVatGrosze: minor(view.monthly!.vat), monthlyGrossGrosze: minor(view.monthly!.gross),
          deMinimis: aid.deMinimis, grantDate, discountRate: aid.discountRate, eurRate: aid.deMinimis ? aid.eurRate : null,
          aidNominalGrosze: minor(aid.nominal!), aidDiscountedGrosze: minor(aid.discounted!),
          aidEurCents: aid.deMinimis ? minor(aid.eur!) : null,
          priorAidEurCents: aid.deMinimis ? priorCents : null,
          roomAfterEurCents: aid.deMinimis ? minor(aid.roomAfterEur!) : null,
        },
      });
      const about = { ...row, premisesAddress: addressOf(premises) };
      await notify(tx, "approved", about, { startDate: view.startDate, months: view.months, rate: view.rate!, gross: view.monthly!.gross });
      await recordAudit(tx, {
        actor, entity: "application", entityId: id, action: "approve", before: { status: "submitted" },
        after: { status: "approved", rate: view.rate, months: view.months, startDate: view.startDate, aidEur: aid.eur, policyVersionId: view.policy.id },
      });
      await recordAudit(tx, { actor, entity: "premises", entityId: premises.id, action: "reserve", before: { status: "available" }, after: { status: "reserved", applicationId: id } });
      await rejectCompeting(tx, actor, row, premises, now);
      await bumpDataVersion(tx, PREMISES_KEY);
      return detailOf(tx, (await findApplication(tx, id))!);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.conflict("Lokal przyznano już innemu wnioskodawcy.", "premises-taken");
    throw error;
  }
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

/** The other submitted applications for the premises lose it, each with a decision and a message. */
async function rejectCompeting(tx: DbTx, actor: Actor, winner: ApplicationRow, premises: PremisesRow, now: Date): Promise<void> {
  for (const other of await competingApplications(tx, premises.id, winner.id)) {
    if (!(await moveStatus(tx, other.id, ["submitted"], { status: "rejected", decidedAt: now }))) continue;
    const otherOrg = await findOrganisation(tx, other.organisationId);
    await tx.decision.create({
      data: {
        applicationId: other.id, outcome: "rejected", decidedAt: now, decidedById: actor.userId, decidedByEmail: actor.email,
        reason: LOST_REASON, parties: partiesSnapshot(otherOrg!, premises),
      },
    });
    await notify(tx, "lost", { ...other, premisesAddress: addressOf(premises) });
    await recordAudit(tx, {
      actor, entity: "application", entityId: other.id, action: "reject", before: { status: "submitted" },
      after: { status: "rejected", reason: LOST_REASON, wonBy: winner.id },
    });
  }
}

export async function rejectApplication(db: Db, actor: Actor | null, id: string, body: RejectRequest): Promise<ApplicationDetail> {
  authorize(actor, "application:decide");
  return db.$transaction(async (tx) => {
    const row = await findApplication(tx, id);
    if (!row || row.status === "draft") throw notFound();
    const { org, premises } = await loadParties(tx, row);
    const now = new Date();
    if (!(await moveStatus(tx, id, ["submitted"], { status: "rejected", decidedAt: now }))) {
      throw AppError.conflict(`Wniosek ma już status „${row.status}”; rozstrzyga się tylko wnioski złożone.`, "not-submitted");
    }
    await tx.decision.create({
      data: {
        applicationId: id, outcome: "rejected", decidedAt: now, decidedById: actor.userId, decidedByEmail: actor.email,
        reason: body.reason, parties: partiesSnapshot(org, premises),
      },
    });
    await notify(tx, "rejected", { ...row, premisesAddress: addressOf(premises) }, { reason: body.reason });
    await recordAudit(tx, { actor, entity: "application", entityId: id, action: "reject", before: { status: "submitted" }, after: { status: "rejected", reason: body.reason } });
    return detailOf(tx, (await findApplication(tx, id))!);
  });
}
