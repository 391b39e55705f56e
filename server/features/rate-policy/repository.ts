import type { DiscountRateInput, RatePolicyInput } from "@shared/contracts/rate-policy.ts";
import type { DbTx } from "@server/lib/db.ts";

const withUse = { _count: { select: { decisions: true } } } as const;

export function listVersions(db: DbTx) {
  return db.ratePolicyVersion.findMany({ include: withUse, orderBy: { effectiveFrom: "desc" } });
}

export function findVersion(db: DbTx, id: string) {
  return db.ratePolicyVersion.findUnique({ where: { id }, include: withUse });
}

export function versionInForce(db: DbTx, on: string) {
  return db.ratePolicyVersion.findFirst({ where: { effectiveFrom: { lte: on } }, orderBy: { effectiveFrom: "desc" }, include: withUse });
}

function columns(input: RatePolicyInput) {
  const { name, effectiveFrom, isExample, floorRate, vatRate, adjustments, holidays, categories, leaseDefaults } = input;
  return { name, effectiveFrom, isExample, rules: JSON.stringify({ floorRate, vatRate, adjustments, holidays, categories, leaseDefaults }) };
}

export function createVersion(db: DbTx, input: RatePolicyInput) {
  return db.ratePolicyVersion.create({ data: columns(input), include: withUse });
}

/** Replaces a version only while no decision cites it, in one statement; false when it is in use. */
export async function replaceUnusedVersion(db: DbTx, id: string, input: RatePolicyInput): Promise<boolean> {
  const { count } = await db.ratePolicyVersion.updateMany({ where: { id, decisions: { none: {} } }, data: columns(input) });
  return count === 1;
}

export function listDiscountRates(db: DbTx) {
  return db.discountRate.findMany({ orderBy: { from: "desc" } });
}

export function discountRateTable(db: DbTx) {
  return db.discountRate.findMany();
}

export function findDiscountRate(db: DbTx, from: string) {
  return db.discountRate.findUnique({ where: { from } });
}

export function findVersionFrom(db: DbTx, effectiveFrom: string) {
  return db.ratePolicyVersion.findUnique({ where: { effectiveFrom } });
}

export function createDiscountRate(db: DbTx, input: DiscountRateInput) {
  return db.discountRate.create({ data: { from: input.from, baseRate: input.baseRate, discountRate: input.discountRate } });
}

export function updateDiscountRate(db: DbTx, input: DiscountRateInput) {
  return db.discountRate.update({ where: { from: input.from }, data: { baseRate: input.baseRate, discountRate: input.discountRate } });
}

/** The entry in force after `from` (null: none later), which ends the period `from`'s rate covers. */
export function nextDiscountRate(db: DbTx, from: string) {
  return db.discountRate.findFirst({ where: { from: { gt: from } }, orderBy: { from: "asc" }, select: { from: true } });
}

/** The earliest decision whose aid was discounted on a grant date from `from` to before `until` (null: open). */
export function decisionDiscountedBetween(db: DbTx, from: string, until: string | null) {
  return db.approvedTerms.findFirst({
    where: { discountRate: { not: null }, grantDate: until === null ? { gte: from } : { gte: from, lt: until } },
    orderBy: { grantDate: "asc" },
    select: { grantDate: true, discountRate: true, decision: { select: { parties: true } } },
  });
}
