import type { DbTx } from "@server/lib/db.ts";

// What the leases feature reads of an approved application, and the one change it makes to it.

export interface ApprovedForLease {
  organisationId: string;
  premisesId: string;
  /** Whether the application still holds the premises (approved, reservation not yet released). */
  holdsPremises: boolean;
  rateGrosze: number;
  areaDm2: number;
  vatRate: string;
  startDate: string;
  months: number;
  beforeStartDays: number;
  renovationDays: number;
  intendedUse: string;
}

/** The approved terms of an application, or null when it does not exist or is not approved. */
export async function approvedForLease(db: DbTx, applicationId: string): Promise<ApprovedForLease | null> {
  const row = await db.application.findUnique({
    where: { id: applicationId },
    select: { status: true, organisationId: true, premisesId: true, reservedPremisesId: true, intendedUse: true, decision: { select: { terms: true } } },
  });
  const terms = row?.decision?.terms;
  if (!row || row.status !== "approved" || !terms) return null;
  return {
    organisationId: row.organisationId, premisesId: row.premisesId, holdsPremises: row.reservedPremisesId === row.premisesId,
    rateGrosze: terms.rateGrosze, areaDm2: terms.areaDm2, vatRate: terms.vatRate, startDate: terms.startDate, months: terms.months,
    beforeStartDays: terms.beforeStartDays, renovationDays: terms.renovationDays, intendedUse: row.intendedUse,
  };
}

/**
 * The premises is leased under the application's lease: the application stops holding it, so that
 * after the lease ends another application can be approved for it. Inside the signing transaction.
 */
export async function releaseReservation(tx: DbTx, applicationId: string): Promise<void> {
  await tx.application.updateMany({ where: { id: applicationId }, data: { reservedPremisesId: null } });
}
