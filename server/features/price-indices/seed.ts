import { cpiTenthsFromString, type PriceIndex } from "@shared/contracts/price-indices.ts";
import type { Db } from "@server/lib/db.ts";
import { createPriceIndex, findPriceIndex } from "./repository.ts";

/** DOMAIN.md's example values: GUS annual average CPI, previous year = 100. */
export const EXAMPLE_PRICE_INDICES: readonly PriceIndex[] = [
  { year: 2021, cpi: "105.1" },
  { year: 2022, cpi: "114.4" },
  { year: 2023, cpi: "111.4" },
  { year: 2024, cpi: "103.6" },
];

/** The example price indices, each only if its year is missing (a corrected value is never overwritten). */
export async function seedPriceIndices(db: Db): Promise<string[]> {
  const added: string[] = [];
  await db.$transaction(async (tx) => {
    for (const { year, cpi } of EXAMPLE_PRICE_INDICES) {
      if (await findPriceIndex(tx, year)) continue;
      await createPriceIndex(tx, year, cpiTenthsFromString(cpi)!);
      added.push(`price index of ${year}`);
    }
  });
  return added;
}
