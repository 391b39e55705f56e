import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "./lib/db.ts";
import { parsePremisesFixtures, seedPremises } from "./features/premises/index.ts";
import { seedRatePolicy } from "./features/rate-policy/index.ts";
import { seedPriceIndices } from "./features/price-indices/index.ts";
import { seedLeaseTemplate } from "./features/lease-templates/index.ts";
import { seedDemoAccounts } from "./features/organisations/index.ts";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

export function readFixture(name: string): unknown[] {
  return JSON.parse(readFileSync(path.join(fixtures, name), "utf8")) as unknown[];
}

/** Loads the Kraków demo data; safe to run again (adds only what is missing). */
export async function seedDemoData(db: Db, log: (line: string) => void): Promise<void> {
  const premises = parsePremisesFixtures(readFixture("premises.krakow.json"), "fixtures/premises.krakow.json");
  const added = await seedPremises(db, premises);
  log(`Premises: ${added} added, ${premises.length - added} already present.`);
  for (const line of await seedRatePolicy(db)) log(`Added the example ${line}.`);
  for (const line of await seedPriceIndices(db)) log(`Added the example ${line}.`);
  for (const line of await seedLeaseTemplate(db)) log(`Added the example ${line}.`);
  // Demo accounts have a published password: never in production (create a real admin with user:create).
  if (process.env.NODE_ENV === "production") log("Demo accounts are not created in production.");
  else await seedDemoAccounts(db, log);
}
