import type { Investment } from "@shared/contracts/investments.ts";
import type { Lease, LeaseScheduleView } from "@shared/contracts/leases.ts";
import { todayIn, type Clock } from "@shared/domain/dates.ts";
import { investmentMonths, type InvestmentMonth } from "@shared/domain/investment-settlement.ts";
import { investmentForDocument } from "@server/features/investments/index.ts";
import { readableLease, scheduleOfRow, toLease } from "@server/features/leases/index.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import type { Db } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";

// What the investment documents show: the consent (from consent on) and the settlement statement
// (once accepted), for the tenant organisation and staff (404 for anyone else, as the record).

export interface InvestmentDocumentData {
  investment: Investment;
  lease: Lease;
  /** The months up to the current one in Kraków in which this investment was offset, with what was left after each. */
  months: InvestmentMonth[];
  /** The statement's day: today in Kraków. */
  asOf: string;
  schedule: LeaseScheduleView;
  /** The record's last change: the PDF's creation date, so one record always gives the same bytes (for a day). */
  creationDate: Date;
}

const CONSENTED: Investment["status"][] = ["consented", "completed", "accepted"];

export async function loadInvestmentDocument(db: Db, clock: Clock, actor: Actor, id: string, kind: "consent" | "settlement"): Promise<InvestmentDocumentData> {
  const { investment, updatedAt } = await investmentForDocument(db, clock, actor, id);
  if (kind === "consent" && !CONSENTED.includes(investment.status)) throw AppError.notFound("Na ten nakład nie wyrażono (jeszcze) zgody.");
  if (kind === "settlement" && investment.status !== "accepted") throw AppError.notFound("Ten nakład nie został (jeszcze) odebrany, więc nie ma rozliczenia.");
  const row = await readableLease(db, actor, investment.leaseId);
  const schedule = await scheduleOfRow(db, clock, row);
  const asOf = todayIn(clock);
  const order = schedule.investments.map((i) => ({ id: i.id, amount: i.accepted }));
  return { investment, lease: toLease(row), months: investmentMonths(schedule.rows, order, id, asOf.slice(0, 7)), asOf, schedule, creationDate: updatedAt };
}
