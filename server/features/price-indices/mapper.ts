import { cpiTenthsToString, type PriceIndex } from "@shared/contracts/price-indices.ts";
import type { PriceIndex as Row } from "@server/generated/prisma/client.ts";

/** The stored row (CPI in tenths of a point) as the wire and domain shape: { year: 2022, cpi: "114.4" }. */
export function toPriceIndex(row: Pick<Row, "year" | "cpiTenths">): PriceIndex {
  return { year: row.year, cpi: cpiTenthsToString(row.cpiTenths) };
}
