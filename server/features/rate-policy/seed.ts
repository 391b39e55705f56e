import { DISCOUNT_RATES } from "@shared/domain/de-minimis.ts";
import { EXAMPLE_POLICY } from "@shared/domain/rate-policy.ts";
import type { Db } from "@server/lib/db.ts";
import { createVersion } from "./repository.ts";

/** The example policy of DOMAIN.md (labelled "przykład") and the example discount rates, if missing. */
export async function seedRatePolicy(db: Db): Promise<string[]> {
  const added: string[] = [];
  await db.$transaction(async (tx) => {
    if (!(await tx.ratePolicyVersion.findUnique({ where: { effectiveFrom: EXAMPLE_POLICY.effectiveFrom } }))) {
      const { id: _example, ...policy } = EXAMPLE_POLICY;
      await createVersion(tx, policy);
      added.push(`rate policy "${EXAMPLE_POLICY.name}"`);
    }
    for (const entry of DISCOUNT_RATES) {
      if (await tx.discountRate.findUnique({ where: { from: entry.from } })) continue;
      await tx.discountRate.create({ data: { ...entry } });
      added.push(`discount rate from ${entry.from}`);
    }
  });
  return added;
}
