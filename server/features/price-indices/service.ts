import { cpiTenthsFromString, type PriceIndex } from "@shared/contracts/price-indices.ts";
import { cityYearOf, todayIn, type Clock } from "@shared/domain/dates.ts";
import { sameDayMonthsLater, type PriceIndexInput } from "@shared/domain/lease-schedule.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { onUniqueViolation } from "@server/lib/conflicts.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { toPriceIndex } from "./mapper.ts";
import { createPriceIndex, findPriceIndex, leasesIndexableBy, listPriceIndices, updatePriceIndex } from "./repository.ts";

// Reading the table is for every feature that indexes rents (leases); only this feature writes it.

/** The whole table, oldest year first, in the shape the lease schedule takes (`priceIndices`). */
export async function priceIndexTable(db: DbTx): Promise<PriceIndexInput[]> {
  return (await listPriceIndices(db)).map(toPriceIndex);
}

export async function priceIndexOf(db: DbTx, year: number): Promise<PriceIndex> {
  const row = await findPriceIndex(db, year);
  if (!row) throw AppError.notFound(`W tabeli nie ma wskaźnika cen za rok ${year}.`);
  return toPriceIndex(row);
}

/**
 * The first signed lease whose rent the CPI of `year` has already indexed: an anniversary of its start
 * in the next year, on or before today and within its term (as annexed or terminated): its number and that day.
 */
async function leaseIndexedBy(tx: DbTx, year: number, today: string): Promise<{ number: string; on: string } | null> {
  for (const lease of await leasesIndexableBy(tx, year)) {
    const anniversary = sameDayMonthsLater(lease.startDate, 12 * (year + 1 - Number(lease.startDate.slice(0, 4))));
    const end = lease.terminatedOn ?? lease.annexes[0]?.endDate ?? lease.endDate;
    if (anniversary <= today && (end === null || anniversary <= end)) {
      return { number: `ZBK/NL/${lease.year}/${String(lease.seq).padStart(4, "0")}`, on: anniversary };
    }
  }
  return null;
}

export interface SetPriceIndexResult {
  index: PriceIndex;
  created: boolean;
}

/**
 * Adds or corrects one year's CPI, with its audit entry (before and after) in the same transaction.
 * The annual average of a year is published after it ends, so the current year and later are refused;
 * setting the value a year already has changes nothing and records nothing. A value that has already
 * indexed a signed lease's rent is never corrected (409 naming the lease).
 */
export async function setPriceIndex(db: Db, clock: Clock, actor: Actor, year: number, cpi: string): Promise<SetPriceIndexResult> {
  if (year >= cityYearOf(clock.now())) {
    throw AppError.unprocessable("Średnioroczny wskaźnik GUS za ten rok nie jest jeszcze znany.", "price-index-year-not-over", [{ field: "year", code: "year.notOver" }]);
  }
  const cpiTenths = cpiTenthsFromString(cpi);
  if (cpiTenths === null) throw AppError.validation([{ field: "cpi", code: "cpi.invalid" }]);
  const entityId = String(year);
  return await onUniqueViolation(() => db.$transaction(async (tx) => {
    const before = await findPriceIndex(tx, year);
    if (!before) {
      const created = toPriceIndex(await createPriceIndex(tx, year, cpiTenths));
      await recordAudit(tx, { actor, entity: "price-index", entityId, action: "create", after: created });
      return { index: created, created: true };
    }
    if (before.cpiTenths === cpiTenths) return { index: toPriceIndex(before), created: false };
    const indexed = await leaseIndexedBy(tx, year, todayIn(clock));
    if (indexed) {
      throw AppError.conflict(
        `Wskaźnikiem za rok ${year} zwaloryzowano już czynsz umowy ${indexed.number} (waloryzacja ${indexed.on}), więc nie można go poprawić.`,
        "price-index-in-use",
      );
    }
    const updated = toPriceIndex(await updatePriceIndex(tx, year, cpiTenths));
    await recordAudit(tx, { actor, entity: "price-index", entityId, action: "update", before: toPriceIndex(before), after: updated });
    return { index: updated, created: false };
  }), () => AppError.conflict(`Wskaźnik za rok ${year} dodano w tej samej chwili; odśwież tabelę i spróbuj ponownie.`));
}
