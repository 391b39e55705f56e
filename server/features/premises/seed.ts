import { PremisesInput } from "@shared/contracts/premises.ts";
import type { Db } from "@server/lib/db.ts";
import { insertPremises } from "./repository.ts";

/** Checks fixture records with the same schema the API uses; a bad record stops the seed with its index. */
export function parsePremisesFixtures(records: unknown[], source: string): PremisesInput[] {
  return records.map((record, index) => {
    const result = PremisesInput.safeParse(record);
    if (!result.success) {
      const issues = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`${source}, record ${index + 1}: ${issues}`);
    }
    return result.data;
  });
}

/** Adds the premises whose inventory codes are not in the database yet; returns how many it added. */
export async function seedPremises(db: Db, records: PremisesInput[]): Promise<number> {
  const existing = new Set((await db.premises.findMany({ select: { inventoryCode: true } })).map((p) => p.inventoryCode));
  const missing = records.filter((r) => !existing.has(r.inventoryCode));
  if (missing.length) await insertPremises(db, missing);
  return missing.length;
}
