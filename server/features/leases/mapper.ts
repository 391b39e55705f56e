import { hundredthsToString } from "@shared/contracts/common.ts";
import { jsonColumn } from "@shared/contracts/decision-records.ts";
import { DepositDeductions, LeaseParties, type Lease, type LeaseAnnex } from "@shared/contracts/leases.ts";
import { toFixed2String } from "@shared/domain/money.ts";
import { monthlyRent } from "@shared/domain/rent.ts";
import { districtById } from "@shared/districts.ts";
import type { LeaseRow, OrganisationRow, PremisesRow } from "./repository.ts";

/** Lease.parties: parsed with its schema on every read. */
export const leasePartiesColumn = jsonColumn(LeaseParties);

export const depositDeductionsColumn = jsonColumn(DepositDeductions);

export const leaseNumber = (row: Pick<LeaseRow, "year" | "seq">): string => `ZBK/NL/${row.year}/${String(row.seq).padStart(4, "0")}`;

export function partiesOf(org: OrganisationRow, premises: PremisesRow): LeaseParties {
  const address = `${premises.street} ${premises.buildingNo}${premises.unitNo ? `/${premises.unitNo}` : ""}, ${premises.postalCode} Kraków`;
  return {
    organisation: { name: org.name, nip: org.nip, regon: org.regon, krs: org.krs, address: `${org.street}, ${org.postalCode} ${org.city}` },
    premises: {
      address, inventoryCode: premises.inventoryCode,
      district: districtById(premises.district)?.name ?? premises.district, area: hundredthsToString(premises.usableAreaDm2),
    },
  };
}

export function toLease(row: LeaseRow): Lease {
  const rate = hundredthsToString(row.rateGrosze);
  const area = hundredthsToString(row.areaDm2);
  const monthly = monthlyRent({ rate, area, vatRate: row.vatRate });
  return {
    id: row.id, number: leaseNumber(row), status: row.status,
    organisationId: row.organisationId, premisesId: row.premisesId, applicationId: row.applicationId,
    parties: leasePartiesColumn.read(row.parties),
    startDate: row.startDate, endDate: row.endDate,
    rate, area,
    monthlyNet: toFixed2String(monthly.net), vatRate: row.vatRate, monthlyVat: toFixed2String(monthly.vat), monthlyGross: toFixed2String(monthly.gross),
    holidayDays: row.holidayDays, depositMultiple: row.depositMultiple, deposit: hundredthsToString(row.depositGrosze),
    paymentDay: row.paymentDay, permittedUse: row.permittedUse, offsetShare: row.offsetShare, remainderAtEnd: row.remainderAtEnd,
    templateVersion: row.templateVersion,
    signedOn: row.signedOn, terminatedOn: row.terminatedOn, terminationReason: row.terminationReason,
    annexes: row.annexes.map(toAnnex),
    depositSettlement: row.depositSettledOn === null || row.depositReturnedGrosze === null || row.depositDeductions === null ? null : {
      deposit: hundredthsToString(row.depositGrosze), deductions: depositDeductionsColumn.read(row.depositDeductions),
      returned: hundredthsToString(row.depositReturnedGrosze), settledOn: row.depositSettledOn,
    },
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a lease: its record, without the timestamps. */
export function snapshot(lease: Lease) {
  const { createdAt: _c, updatedAt: _u, parties: _p, ...rest } = lease;
  return rest;
}

export function toAnnex(row: LeaseRow["annexes"][number]): LeaseAnnex {
  return {
    number: row.number, effectiveFrom: row.effectiveFrom,
    rate: row.rateGrosze === null ? null : hundredthsToString(row.rateGrosze), area: row.areaDm2 === null ? null : hundredthsToString(row.areaDm2),
    endDate: row.endDate, permittedUse: row.permittedUse, offsetShare: row.offsetShare, createdAt: row.createdAt.toISOString(),
  };
}

/** The lease's annexes as the schedule takes them (rate, area, end date; the rest does not change rent). */
export function scheduleAnnexes(row: Pick<LeaseRow, "annexes">) {
  return row.annexes
    .filter((a) => a.rateGrosze !== null || a.areaDm2 !== null || a.endDate !== null)
    .map((a) => ({
      effectiveFrom: a.effectiveFrom,
      ...(a.rateGrosze !== null ? { rate: hundredthsToString(a.rateGrosze) } : {}),
      ...(a.areaDm2 !== null ? { area: hundredthsToString(a.areaDm2) } : {}),
      ...(a.endDate !== null ? { endDate: a.endDate } : {}),
    }));
}

/** The last day the lease runs as annexed (null: indefinite), before any termination. */
export function annexedEnd(row: { endDate: string | null; annexes: { endDate: string | null }[] }): string | null {
  return row.annexes.reduce<string | null>((end, a) => a.endDate ?? end, row.endDate);
}
