import type { InvestmentCategory } from "@shared/contracts/investments.ts";
import type { Condition, Status } from "@shared/contracts/premises.ts";
import type { DistrictId } from "@shared/districts.ts";
import type { Statistics } from "@shared/contracts/statistics.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { roundGrosz, toMinor } from "@shared/domain/money.ts";
import Decimal from "decimal.js";
import type { DbTx } from "@server/lib/db.ts";
import * as read from "./repository.ts";

const fromDb = <T extends string>(value: string) => value.replace(/_/g, "-") as T;
/** Sums of minor units as exact decimal strings ("1234.56"): a Decimal, so no sum can lose a grosz. */
const amount = (minor: Decimal) => minor.dividedBy(100).toFixed(2);

const monthOf = (instant: Date) => toIsoDate(instant).slice(0, 7);
const quarterOf = (instant: Date) => {
  const [year, month] = toIsoDate(instant).split("-").map(Number) as [number, number];
  return `${year}-Q${Math.ceil(month / 3)}`;
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whole calendar days (Kraków dates) from one instant to another. */
function daysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.parse(`${toIsoDate(d)}T00:00:00Z`) / 86_400_000;
  return day(to) - day(from);
}

const MONTHS_SHOWN = 24;

/** The calendar months from `first` to `last` ("2025-11" … "2026-12"), at most the last MONTHS_SHOWN. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = last.split("-").map(Number) as [number, number];
  for (let current = last; current >= first && months.length < MONTHS_SHOWN;) {
    months.unshift(current);
    month -= 1;
    if (month === 0) { month = 12; year -= 1; }
    current = `${year}-${String(month).padStart(2, "0")}`;
  }
  return months;
}

type PremisesState = { status: string; socialPool: boolean; accessibilityLevel: string; createdMonth: string };

/**
 * The pool and the register at the end of each month, from today's state taken back through the audit
 * trail: each change records the fields before it (status, social pool, accessibility level), so
 * undoing the changes made after a month gives that month's end. A premises counts from the month it
 * was entered (created or imported); history from before the register existed is not known.
 */
async function accessibilityOverTime(db: DbTx, now: Date, district?: DistrictId): Promise<Statistics["accessibilityOverTime"]> {
  const rows = await read.premisesStates(db, district);
  if (rows.length === 0) return [];
  const states = new Map<string, PremisesState>(rows.map((r) => [r.id, {
    status: r.status, socialPool: r.socialPool, accessibilityLevel: r.accessibilityLevel, createdMonth: monthOf(r.createdAt),
  }]));
  const changes = await read.premisesChanges(db);
  const first = rows.reduce((min, r) => (monthOf(r.createdAt) < min ? monthOf(r.createdAt) : min), monthOf(now));
  const points: Statistics["accessibilityOverTime"] = [];
  let next = 0;
  for (const month of monthsBetween(first, monthOf(now)).reverse()) {
    for (; next < changes.length && monthOf(changes[next]!.at) > month; next += 1) undo(states, changes[next]!);
    const pool = { total: 0, full: 0, partial: 0, none: 0 };
    const register = { total: 0, full: 0, partial: 0, none: 0 };
    for (const s of states.values()) {
      if (s.createdMonth > month || s.status === "withdrawn") continue;
      const level = s.accessibilityLevel as "full" | "partial" | "none";
      register.total += 1;
      register[level] += 1;
      if (s.socialPool) {
        pool.total += 1;
        pool[level] += 1;
      }
    }
    points.unshift({ month, pool, register });
  }
  return points;
}

function undo(states: Map<string, PremisesState>, change: { entityId: string; before: string | null }): void {
  const state = states.get(change.entityId);
  if (!state || !change.before) return;
  let before: Record<string, unknown>;
  try {
    before = JSON.parse(change.before) as Record<string, unknown>;
  } catch {
    return;
  }
  // The audit trail spells enum values as the API does ("under-renovation"); the state as the database.
  if (typeof before.status === "string") state.status = before.status.replace(/-/g, "_");
  if (typeof before.socialPool === "boolean") state.socialPool = before.socialPool;
  if (typeof before.accessibilityLevel === "string") state.accessibilityLevel = before.accessibilityLevel;
}

async function applications(db: DbTx, district?: DistrictId): Promise<Statistics["applications"]> {
  const [submitted, decided] = await Promise.all([read.submittedApplications(db, district), read.decisions(db, district)]);
  const quarters = new Map<string, { submitted: number; approved: number; rejected: number; days: number[] }>();
  const at = (q: string) => {
    let found = quarters.get(q);
    if (!found) quarters.set(q, found = { submitted: 0, approved: 0, rejected: 0, days: [] });
    return found;
  };
  for (const a of submitted) if (a.submittedAt) at(quarterOf(a.submittedAt)).submitted += 1;
  for (const d of decided) {
    const q = at(quarterOf(d.decidedAt));
    if (d.outcome === "approved") q.approved += 1;
    else q.rejected += 1;
    if (d.application.submittedAt) q.days.push(daysBetween(d.application.submittedAt, d.decidedAt));
  }
  return [...quarters].sort(([a], [b]) => a.localeCompare(b)).map(([quarter, q]) => ({
    quarter, submitted: q.submitted, approved: q.approved, rejected: q.rejected, medianDaysToDecision: median(q.days),
  }));
}

/** A month's rent at a rate (grosze per m²) for an area (hundredths of m²), rounded half-up to the grosz, in grosze. */
const monthlyGrosze = (rateGrosze: number, areaDm2: number) =>
  new Decimal(toMinor(roundGrosz(new Decimal(rateGrosze).times(areaDm2).dividedBy(10_000))));

async function leases(db: DbTx, district?: DistrictId): Promise<Pick<Statistics, "leases" | "leasesInForce">> {
  const rows = await read.leasesWithBase(db, district);
  const years = new Map<number, { leases: number; preferential: number; preference: Decimal }>();
  const inForce = { leases: 0, preferential: 0, preference: new Decimal(0) };
  for (const lease of rows) {
    const base = lease.application?.decision?.terms?.baseRateGrosze ?? lease.premises.baseRateGrosze;
    const preference = Decimal.max(0, monthlyGrosze(base, lease.areaDm2).minus(monthlyGrosze(lease.rateGrosze, lease.areaDm2)));
    const year = Number(lease.startDate.slice(0, 4));
    const y = years.get(year) ?? { leases: 0, preferential: 0, preference: new Decimal(0) };
    years.set(year, y);
    for (const bucket of lease.status === "signed" ? [y, inForce] : [y]) {
      bucket.leases += 1;
      if (preference.gt(0)) {
        bucket.preferential += 1;
        bucket.preference = bucket.preference.plus(preference);
      }
    }
  }
  return {
    leases: [...years].sort(([a], [b]) => a - b).map(([year, y]) => ({
      year, leases: y.leases, preferential: y.preferential, monthlyPreference: amount(y.preference),
    })),
    leasesInForce: { leases: inForce.leases, preferential: inForce.preferential, monthlyPreference: amount(inForce.preference) },
  };
}

async function deMinimis(db: DbTx, district?: DistrictId): Promise<Statistics["deMinimis"]> {
  const years = new Map<number, { grants: number; pln: Decimal; eur: Decimal }>();
  for (const grant of await read.deMinimisGrants(db, district)) {
    const year = Number(grant.terms.grantDate.slice(0, 4));
    const y = years.get(year) ?? { grants: 0, pln: new Decimal(0), eur: new Decimal(0) };
    years.set(year, y);
    y.grants += 1;
    y.pln = y.pln.plus(grant.terms.aidDiscountedGrosze ?? 0);
    y.eur = y.eur.plus(grant.aidEurCents);
  }
  return [...years].sort(([a], [b]) => a - b).map(([year, y]) => ({ year, grants: y.grants, amountPln: amount(y.pln), amountEur: amount(y.eur) }));
}

const CONSENTED = new Set(["consented", "completed", "accepted"]);

async function investments(db: DbTx, district?: DistrictId): Promise<Statistics["investments"]> {
  const groups = new Map<string, Statistics["investments"][number] & { consentedMinor: Decimal; acceptedMinor: Decimal }>();
  for (const g of await read.investmentsByYear(db, district)) {
    const category = fromDb<InvestmentCategory>(g.category);
    const key = `${g.year}:${category}`;
    let row = groups.get(key);
    if (!row) {
      row = { year: g.year, category, proposed: 0, consented: 0, consentedAmount: "0.00", accepted: 0, acceptedAmount: "0.00", consentedMinor: new Decimal(0), acceptedMinor: new Decimal(0) };
      groups.set(key, row);
    }
    row.proposed += g._count._all;
    if (CONSENTED.has(g.status)) {
      row.consented += g._count._all;
      row.consentedMinor = row.consentedMinor.plus(g._sum.approvedGrosze ?? 0);
    }
    if (g.status === "accepted") {
      row.accepted += g._count._all;
      row.acceptedMinor = row.acceptedMinor.plus(g._sum.acceptedGrosze ?? 0);
    }
  }
  return [...groups.values()].map(({ consentedMinor, acceptedMinor, ...row }) => ({
    ...row, consentedAmount: amount(consentedMinor), acceptedAmount: amount(acceptedMinor),
  }));
}

/** An officer's filter: one district, and the period (calendar dates, both included) the time series keep. */
export interface StatisticsFilter {
  district?: DistrictId;
  from?: string;
  to?: string;
}

/**
 * The statistics, of one district when the filter names it (every figure counts only its premises and
 * what was applied for, leased, granted and invested in them), with the time series cut to the months,
 * quarters and years that overlap the period. Counts of the register as it is now are not cut by period.
 */
export async function computeStatistics(db: DbTx, now: Date, dataUpdatedAt: Date | null, filter: StatisticsFilter = {}): Promise<Statistics> {
  const { district } = filter;
  const [premises, conditions, levels] = await Promise.all([
    read.premisesByStatusAndDistrict(db, district), read.premisesByCondition(db, district), read.premisesByLevel(db, district),
  ]);
  const all: Statistics = {
    dataUpdatedAt: dataUpdatedAt?.toISOString() ?? null,
    premises: premises.map((g) => ({ district: g.district as DistrictId, status: fromDb<Status>(g.status), count: g._count._all })),
    conditions: conditions.map((g) => ({ condition: fromDb<Condition>(g.condition), count: g._count._all })),
    accessibilityLevels: levels.map((g) => ({ level: g.accessibilityLevel, count: g._count._all })),
    accessibilityOverTime: await accessibilityOverTime(db, now, district),
    applications: await applications(db, district),
    ...(await leases(db, district)),
    deMinimis: await deMinimis(db, district),
    investments: await investments(db, district),
  };
  return inPeriod(all, filter.from, filter.to);
}

/** The series of `s` that overlap the period from..to (ISO dates; either end may be open). */
function inPeriod(s: Statistics, from?: string, to?: string): Statistics {
  if (!from && !to) return s;
  const first = from?.slice(0, 7) ?? "0000-01";
  const last = to?.slice(0, 7) ?? "9999-12";
  const overlaps = (start: string, end: string) => end >= first && start <= last;
  const month = (m: string) => overlaps(m, m);
  const quarter = (q: string) => {
    const [year, n] = q.split("-Q") as [string, string];
    const pad = (m: number) => String(m).padStart(2, "0");
    return overlaps(`${year}-${pad(Number(n) * 3 - 2)}`, `${year}-${pad(Number(n) * 3)}`);
  };
  const year = (y: number) => overlaps(`${y}-01`, `${y}-12`);
  return {
    ...s,
    accessibilityOverTime: s.accessibilityOverTime.filter((p) => month(p.month)),
    applications: s.applications.filter((a) => quarter(a.quarter)),
    leases: s.leases.filter((l) => year(l.year)),
    deMinimis: s.deMinimis.filter((d) => year(d.year)),
    investments: s.investments.filter((i) => year(i.year)),
  };
}
