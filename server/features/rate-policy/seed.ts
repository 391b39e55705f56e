import { DISCOUNT_RATES } from "@shared/domain/de-minimis.ts";
import { EXAMPLE_POLICY } from "@shared/domain/rate-policy.ts";
import type { Db } from "@server/lib/db.ts";
import { createDiscountRate, createVersion, findDiscountRate, findVersionFrom } from "./repository.ts";

/** The example policy of DOMAIN.md (labelled "przykład") and the example discount rates, if missing. */
export async function seedRatePolicy(db: Db): Promise<string[]> {
  const added: string[] = [];
  await db.$transaction(async (tx) => {
    if (!(await findVersionFrom(tx, EXAMPLE_POLICY.effectiveFrom))) {
      const { id: _example, ...policy } = EXAMPLE_POLICY;
      await createVersion(tx, policy);
      added.push(`rate policy "${EXAMPLE_POLICY.name}"`);
    }
    for (const entry of DISCOUNT_RATES) {
      if (await findDiscountRate(tx, entry.from)) continue;
      await createDiscountRate(tx, entry);
      added.push(`discount rate from ${entry.from}`);
    }
  });
  return added;
}
