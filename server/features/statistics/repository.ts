import type { DbTx } from "@server/lib/db.ts";

// Reads for the statistics: counts by Prisma groupBy, and the few narrow columns that the figures
// computed in code need (quarters and years in Kraków's time, medians, the accessibility history).
// Nothing provider-specific: the same calls run on SQLite and PostgreSQL.

/** An officer's filter of the figures to one district (undefined: the whole city). */
export type DistrictFilter = string | undefined;
const inDistrict = (district: DistrictFilter) => (district ? { district } : {});
const ofPremisesIn = (district: DistrictFilter) => (district ? { premises: { district } } : {});

export function premisesByStatusAndDistrict(db: DbTx, district?: DistrictFilter) {
  return db.premises.groupBy({ by: ["district", "status"], where: inDistrict(district), _count: { _all: true }, orderBy: [{ district: "asc" }, { status: "asc" }] });
}

const active = { status: { not: "withdrawn" } } as const;

export function premisesByCondition(db: DbTx, district?: DistrictFilter) {
  return db.premises.groupBy({ by: ["condition"], where: { ...active, ...inDistrict(district) }, _count: { _all: true }, orderBy: { condition: "asc" } });
}

export function premisesByLevel(db: DbTx, district?: DistrictFilter) {
  return db.premises.groupBy({ by: ["accessibilityLevel"], where: { ...active, ...inDistrict(district) }, _count: { _all: true }, orderBy: { accessibilityLevel: "asc" } });
}

/** Every premises' fields that the accessibility history follows, as they are now. */
export function premisesStates(db: DbTx, district?: DistrictFilter) {
  return db.premises.findMany({ where: inDistrict(district), select: { id: true, status: true, socialPool: true, accessibilityLevel: true, createdAt: true } });
}

/** Changes of premises that record the state before them, newest first. */
export function premisesChanges(db: DbTx) {
  return db.auditEvent.findMany({
    where: { entity: "premises", before: { not: null } },
    select: { entityId: true, at: true, before: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
}

export function submittedApplications(db: DbTx, district?: DistrictFilter) {
  return db.application.findMany({ where: { submittedAt: { not: null }, ...ofPremisesIn(district) }, select: { submittedAt: true } });
}

export function decisions(db: DbTx, district?: DistrictFilter) {
  return db.decision.findMany({ where: district ? { application: ofPremisesIn(district) } : {}, select: { outcome: true, decidedAt: true, application: { select: { submittedAt: true } } } });
}

/** Leases other than drafts, with the base rate they are compared with: the decision's, else the premises'. */
export function leasesWithBase(db: DbTx, district?: DistrictFilter) {
  return db.lease.findMany({
    where: { status: { not: "draft" }, ...ofPremisesIn(district) },
    select: {
      status: true, startDate: true, rateGrosze: true, areaDm2: true,
      premises: { select: { baseRateGrosze: true } },
      application: { select: { decision: { select: { terms: { select: { baseRateGrosze: true } } } } } },
    },
  });
}

export function deMinimisGrants(db: DbTx, district?: DistrictFilter) {
  return db.deMinimisAid.findMany({ where: district ? { terms: { decision: { application: ofPremisesIn(district) } } } : {}, select: { aidEurCents: true, terms: { select: { grantDate: true, aidDiscountedGrosze: true } } } });
}

export function investmentsByYear(db: DbTx, district?: DistrictFilter) {
  return db.investment.groupBy({
    by: ["year", "category", "status"],
    where: ofPremisesIn(district),
    _count: { _all: true },
    _sum: { approvedGrosze: true, acceptedGrosze: true },
    orderBy: [{ year: "asc" }, { category: "asc" }, { status: "asc" }],
  });
}

/**
 * What the figures are made from, cheaply: counts and latest changes of the tables behind them.
 * Equal fingerprints mean equal statistics (the ETag); the latest change is the open data's update time.
 */
export async function statisticsSources(db: DbTx) {
  const [premises, applications, leases, investments, audit] = await Promise.all([
    db.premises.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.application.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.lease.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.investment.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.auditEvent.aggregate({ where: { entity: "premises" }, _count: { _all: true }, _max: { at: true } }),
  ]);
  const latest = [premises._max.updatedAt, applications._max.updatedAt, leases._max.updatedAt, investments._max.updatedAt]
    .filter((d): d is Date => d !== null)
    .reduce<Date | null>((a, b) => (a === null || b > a ? b : a), null);
  const parts = [premises, applications, leases, investments].map((a) => `${a._count._all}.${a._max.updatedAt?.getTime() ?? 0}`);
  parts.push(`${audit._count._all}.${audit._max.at?.getTime() ?? 0}`);
  return { fingerprint: parts.join("-"), dataUpdatedAt: latest };
}

/** The de minimis aid granted from `from` to `to` (calendar dates, both included), by grant date and case number. */
export function deMinimisGrantsBetween(db: DbTx, from: string, to: string) {
  return db.deMinimisAid.findMany({
    where: { terms: { grantDate: { gte: from, lte: to } } },
    select: {
      eurRate: true, aidEurCents: true,
      terms: {
        select: {
          grantDate: true, aidNominalGrosze: true, aidDiscountedGrosze: true,
          decision: { select: { caseNumber: true, decidedAt: true, parties: true, application: { select: { organisation: { select: { legalForm: true } } } } } },
        },
      },
    },
    orderBy: [{ terms: { grantDate: "asc" } }, { terms: { decision: { caseNumber: "asc" } } }],
  });
}
