import Decimal from "decimal.js";
import { roundGrosz, toDecimal, type DecimalLike } from "./money.ts";

// What each accepted investment has had offset against rent by a given month. The schedule
// (lease-schedule.ts, step 7) draws each month's offset from the investments in order of acceptance;
// an investment becomes eligible the month after its acceptance, so a later one is never drawn on
// while an earlier one has something left. What has been offset up to any month is therefore the
// running total of the rows' offsets, filled into the investments in order of acceptance.

export interface AcceptedAmount {
  id: string;
  /** The accepted amount, zł: "1500.00". */
  amount: string;
}

export interface OffsetSoFar {
  id: string;
  offset: string;
  remainder: string;
}

/** `offsetTotal` filled into the investments in the order given (their order of acceptance). */
export function fillInOrder(investments: readonly AcceptedAmount[], offsetTotal: DecimalLike): OffsetSoFar[] {
  let left = toDecimal(offsetTotal);
  return investments.map(({ id, amount }) => {
    const accepted = toDecimal(amount);
    const taken = Decimal.min(accepted, Decimal.max(left, 0));
    left = left.minus(taken);
    return { id, offset: roundGrosz(taken).toFixed(2), remainder: roundGrosz(accepted.minus(taken)).toFixed(2) };
  });
}

export interface InvestmentMonth {
  month: string;
  /** The month's gross rent and its whole offset (every investment's). */
  gross: string;
  offset: string;
  /** The part of the month's offset drawn from this investment, and what is left of it after the month. */
  fromInvestment: string;
  remainder: string;
}

/**
 * Month by month, the part of each row's offset one investment bore, for the rows up to `lastMonth`
 * ("2025-06"): the settlement statement's table. Months before the investment's first offset and
 * after it was used up are left out.
 */
export function investmentMonths(
  rows: readonly { month: string; gross: string; offset: string }[],
  investments: readonly AcceptedAmount[],
  id: string,
  lastMonth: string,
): InvestmentMonth[] {
  const months: InvestmentMonth[] = [];
  let running = new Decimal(0);
  let before = fillInOrder(investments, running).find((s) => s.id === id);
  if (!before) return months;
  for (const row of rows) {
    if (row.month > lastMonth) break;
    running = running.plus(row.offset);
    const after = fillInOrder(investments, running).find((s) => s.id === id)!;
    const part = toDecimal(after.offset).minus(before.offset);
    if (!part.isZero()) {
      months.push({ month: row.month, gross: row.gross, offset: row.offset, fromInvestment: part.toFixed(2), remainder: after.remainder });
    }
    before = after;
  }
  return months;
}
