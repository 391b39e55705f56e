import { hundredthsToString } from "@shared/contracts/common.ts";
import type { Investment, InvestmentFileInfo } from "@shared/contracts/investments.ts";
import { categoryFromDb, conditionFromDb, estimateColumn, featuresColumn, historyColumn, invoicesColumn } from "./columns.ts";
import type { InvestmentRow } from "./repository.ts";

const amount = (grosze: number | bigint | null) => (grosze === null ? null : hundredthsToString(grosze));

export const leaseNumberOf = (lease: { year: number; seq: number }) => `ZBK/NL/${lease.year}/${String(lease.seq).padStart(4, "0")}`;

export const addressOf = (p: InvestmentRow["premises"]) => `${p.street} ${p.buildingNo}${p.unitNo ? `/${p.unitNo}` : ""}, ${p.postalCode} Kraków`;

/** The lease's offset share in force today (the last annex that set one, as of its date), as the consent's terms. */
export function currentOffsetShare(lease: InvestmentRow["lease"], today: string): string {
  return lease.annexes.reduce((share, a) => (a.offsetShare !== null && a.effectiveFrom <= today ? a.offsetShare : share), lease.offsetShare);
}

/** The record on the wire; `settlement` is what has been offset so far (accepted investments only). */
export function toInvestment(row: InvestmentRow, today: string, settlement: { offset: string; remainder: string } | null): Investment {
  return {
    id: row.id,
    leaseId: row.leaseId,
    leaseNumber: leaseNumberOf(row.lease),
    organisation: { id: row.organisation.id, name: row.organisation.name },
    premises: { id: row.premises.id, inventoryCode: row.premises.inventoryCode, address: addressOf(row.premises), district: row.premises.district as Investment["premises"]["district"] },
    status: row.status,
    title: row.title,
    category: categoryFromDb(row.category),
    scope: row.scope,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    estimate: estimateColumn.read(row.estimate),
    estimateTotal: hundredthsToString(row.estimateGrosze),
    addsFeatures: featuresColumn.read(row.addsFeatures),
    approvedAmount: amount(row.approvedGrosze),
    conditions: row.conditions,
    consentedOn: row.consentedOn,
    refusalReason: row.refusalReason,
    refusedOn: row.refusedOn,
    completedOn: row.completedOn,
    actualCost: amount(row.actualCostGrosze),
    invoices: row.invoices === null ? [] : invoicesColumn.read(row.invoices),
    invoicesTotal: hundredthsToString(row.invoicesGrosze ?? 0),
    files: row.files.map(toFileInfo),
    acceptedOn: row.acceptedOn,
    acceptedAmount: amount(row.acceptedGrosze),
    acceptanceReason: row.acceptanceReason,
    conditionAfter: row.conditionAfter === null ? null : conditionFromDb(row.conditionAfter),
    offsetShare: currentOffsetShare(row.lease, today),
    remainderAtEnd: row.lease.remainderAtEnd,
    offsetSoFar: settlement?.offset ?? null,
    remainder: settlement?.remainder ?? null,
    history: historyColumn.read(row.history),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of an investment: its record without the timestamps and the history. */
export function snapshot(investment: Investment) {
  const { createdAt: _c, updatedAt: _u, history: _h, offsetSoFar: _o, remainder: _r, files: _f, ...rest } = investment;
  return rest;
}

export function toFileInfo(row: InvestmentRow["files"][number]): InvestmentFileInfo {
  return {
    id: row.id, kind: row.kind, mime: row.mime, size: row.size, originalName: row.originalName, sha256: row.sha256,
    createdAt: row.createdAt.toISOString(), url: `/api/investments/${row.investmentId}/files/${row.id}`,
  };
}
