import { leaseSchedule } from "@shared/domain/lease-schedule.ts";
import type { Clock } from "@shared/domain/dates.ts";
import type { LeaseAnnex } from "@shared/contracts/leases.ts";
import { readableLease, scheduleOfRow, toLease } from "@server/features/leases/index.ts";
import { templateOf } from "@server/features/lease-templates/index.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import type { Db } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { firstYearOf, type LeaseDocumentData } from "./lease-data.ts";
import { toHandoverRecord } from "./lease-mapper.ts";
import { SAMPLE_LEASE, SAMPLE_PROTOCOL, SAMPLE_REPRESENTATIVES } from "./lease-sample.ts";
import { findHandoverRecord, findRepresentatives } from "./repository.ts";

/** Everything the agreement of a lease the actor may read shows (404 for another organisation's). */
export async function loadLeaseDocument(db: Db, clock: Clock, actor: Actor, leaseId: string): Promise<LeaseDocumentData> {
  const row = await readableLease(db, actor, leaseId);
  const lease = toLease(row);
  const [premises, representatives, template, schedule] = await Promise.all([
    findHandoverRecord(db, row.premisesId), findRepresentatives(db, row.organisationId), templateOf(db, row.templateVersion), scheduleOfRow(db, clock, row),
  ]);
  if (!premises) throw AppError.notFound("Nie ma lokalu tej umowy.");
  return {
    lease, representatives, premises: toHandoverRecord(premises),
    template: { version: template.version, isExample: template.isExample, clauses: template.clauses },
    firstYear: firstYearOf(schedule), creationDate: row.updatedAt,
  };
}

/** One annex of a readable lease, with the lease and its representatives; 404 when there is no annex n. */
export async function loadAnnexDocument(db: Db, actor: Actor, leaseId: string, number: number) {
  const row = await readableLease(db, actor, leaseId);
  const lease = toLease(row);
  const annex: LeaseAnnex | undefined = lease.annexes.find((a) => a.number === number);
  const stored = row.annexes.find((a) => a.number === number);
  if (!annex || !stored) throw AppError.notFound(`Umowa ${lease.number} nie ma aneksu nr ${number}.`);
  return { lease, representatives: await findRepresentatives(db, row.organisationId), annex, creationDate: stored.createdAt };
}

/** A template version printed with the sample lease (a draft: PROJEKT on every page). */
export async function loadTemplatePreview(db: Db, version: number): Promise<LeaseDocumentData> {
  const template = await templateOf(db, version);
  const lease = { ...SAMPLE_LEASE, templateVersion: version };
  const schedule = leaseSchedule({
    startDate: lease.startDate, endDate: lease.endDate, rate: lease.rate, area: lease.area, vatRate: lease.vatRate,
    holidays: { beforeStartDays: lease.holidayDays, renovationDays: 0 }, priceIndices: [],
  });
  return {
    lease, representatives: SAMPLE_REPRESENTATIVES, premises: SAMPLE_PROTOCOL,
    template: { version: template.version, isExample: template.isExample, clauses: template.clauses },
    firstYear: firstYearOf(schedule), creationDate: new Date(template.createdAt),
  };
}
