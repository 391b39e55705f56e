import { partiesColumn } from "@shared/contracts/decision-records.ts";
import type { DiscountRateCorrection, DiscountRateInput, RatePolicyInput, RatePolicyVersion } from "@shared/contracts/rate-policy.ts";
import { discountRateOn, type DiscountRateEntry } from "@shared/domain/de-minimis.ts";
import type { RatePolicy } from "@shared/domain/rate-policy.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { AppError } from "@server/lib/errors.ts";
import { onUniqueViolation } from "@server/lib/conflicts.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { toRatePolicy, toVersion } from "./mapper.ts";
import {
  createDiscountRate, createVersion, decisionDiscountedBetween, discountRateTable, findDiscountRate, findVersion, nextDiscountRate,
  replaceUnusedVersion, updateDiscountRate, versionInForce,
} from "./repository.ts";

// Reading the policy and the discount rates is for every feature that applies them (the quote, the
// decision); only this feature writes them.

export const NO_POLICY = "Nie ma polityki stawek obowiązującej w tym dniu.";
const dateTaken = () =>
  AppError.conflict("Wersja polityki obowiązująca od tego dnia już istnieje; wybierz inną datę albo zmień tamtą wersję.");

/** The version in force on a day: the latest effectiveFrom not after it. */
export async function policyInForce(db: DbTx, on: string): Promise<RatePolicy | null> {
  const row = await versionInForce(db, on);
  return row ? toRatePolicy(row) : null;
}

export async function discountRateInForce(db: DbTx, on: string): Promise<DiscountRateEntry | null> {
  return discountRateOn(await discountRateTable(db), on);
}

export function adoptVersion(db: Db, actor: Actor, input: RatePolicyInput): Promise<RatePolicyVersion> {
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const created = await createVersion(tx, input);
    await recordAudit(tx, { actor, entity: "rate-policy", entityId: created.id, action: "create", after: input });
    return toVersion(created);
  }), dateTaken);
}

/** Corrects a version no decision cites yet; one in use is immutable (409). */
export function correctVersion(db: Db, actor: Actor, id: string, input: RatePolicyInput): Promise<RatePolicyVersion> {
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const before = await findVersion(tx, id);
    if (!before) throw AppError.notFound("Nie ma takiej wersji polityki stawek.");
    if (!(await replaceUnusedVersion(tx, id, input))) {
      throw AppError.conflict("Tej wersji użyto już w decyzji, więc nie można jej zmienić. Dodaj nową wersję.", "policy-in-use");
    }
    await recordAudit(tx, { actor, entity: "rate-policy", entityId: id, action: "update", before: toVersion(before), after: input });
    return toVersion((await findVersion(tx, id))!);
  }), dateTaken);
}

/** The earliest decision that discounted aid at the rate in force from `from` until `until`, as an admin can find it. */
async function decisionInPeriod(tx: DbTx, from: string, until: string | null) {
  const used = await decisionDiscountedBetween(tx, from, until);
  if (!used) return null;
  return { grantDate: used.grantDate, beneficiary: partiesColumn.read(used.decision.parties).organisation.name, rate: used.discountRate };
}

export async function addDiscountRate(db: Db, actor: Actor, input: DiscountRateInput): Promise<DiscountRateInput> {
  await onUniqueViolation(() => db.$transaction(async (tx) => {
    // A new entry takes over from the one before it until the next entry: a decided grant date in
    // that period would then have been discounted at another rate than its decision says.
    const used = await decisionInPeriod(tx, input.from, (await nextDiscountRate(tx, input.from))?.from ?? null);
    if (used) {
      throw AppError.conflict(`Stopa od ${input.from} zmieniłaby stopę użytą w decyzji o dacie udzielenia pomocy ${used.grantDate} dla „${used.beneficiary}” (stopa ${used.rate}). Wybierz datę po dniu udzielenia tej pomocy.`, "discount-rate-in-use");
    }
    await createDiscountRate(tx, input);
    await recordAudit(tx, { actor, entity: "rate-policy", entityId: `discount-rate:${input.from}`, action: "create", after: input });
  }), () => AppError.conflict("Stopa od tego dnia już jest w tabeli."));
  return input;
}

/** Corrects the rates of an entry; refused (409) once a decision discounted aid at it. */
export async function correctDiscountRate(db: Db, actor: Actor, from: string, input: DiscountRateCorrection): Promise<DiscountRateInput> {
  return db.$transaction(async (tx) => {
    const before = await findDiscountRate(tx, from);
    if (!before) throw AppError.notFound(`W tabeli nie ma stopy obowiązującej od ${from}.`);
    const after = { from, baseRate: input.baseRate, discountRate: input.discountRate };
    if (before.baseRate === after.baseRate && before.discountRate === after.discountRate) return after;
    const used = await decisionInPeriod(tx, from, (await nextDiscountRate(tx, from))?.from ?? null);
    if (used) {
      throw AppError.conflict(`Stopy od ${from} użyto już w decyzji o dacie udzielenia pomocy ${used.grantDate} dla „${used.beneficiary}” (stopa ${used.rate}), więc nie można jej poprawić. Dodaj stopę od późniejszego dnia.`, "discount-rate-in-use");
    }
    await updateDiscountRate(tx, after);
    const snapshot = { from: before.from, baseRate: before.baseRate, discountRate: before.discountRate };
    await recordAudit(tx, { actor, entity: "rate-policy", entityId: `discount-rate:${from}`, action: "update", before: snapshot, after });
    return after;
  });
}
