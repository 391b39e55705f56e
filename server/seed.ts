import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "./lib/db.ts";
import type { Env } from "./lib/env.ts";
import { parsePremisesFixtures, seedPremises } from "./features/premises/index.ts";
import { seedRatePolicy } from "./features/rate-policy/index.ts";
import { seedPriceIndices } from "./features/price-indices/index.ts";
import { seedLeaseTemplate } from "./features/lease-templates/index.ts";
import { seedDemoAccounts } from "./features/organisations/index.ts";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

export function readFixture(name: string): unknown[] {
  return JSON.parse(readFileSync(path.join(fixtures, name), "utf8")) as unknown[];
}

/**
 * Loads the Kraków demo data; safe to run again (adds only what is missing). The demo accounts (a
 * published password) are left out in production, whoever asks.
 */
export async function seedDemoData(db: Db, log: (line: string) => void, nodeEnv = process.env.NODE_ENV): Promise<void> {
  const premises = parsePremisesFixtures(readFixture("premises.krakow.json"), "fixtures/premises.krakow.json");
  const added = await seedPremises(db, premises);
  log(`Premises: ${added} added, ${premises.length - added} already present.`);
  for (const line of await seedRatePolicy(db)) log(`Added the example ${line}.`);
  for (const line of await seedPriceIndices(db)) log(`Added the example ${line}.`);
  for (const line of await seedLeaseTemplate(db)) log(`Added the example ${line}.`);
  // Demo accounts have a published password: never in production (create a real admin with user:create).
  if (nodeEnv === "production") log("Demo accounts are not created in production.");
  else await seedDemoAccounts(db, log);
}

/**
 * The reference data every installation needs, demo or not, added when missing: GUS's published
 * annual CPI (the leases' indexation; DOMAIN.md's 2021–2024) and the lease template (version 1, labelled
 * the example for the city to replace: without a template no lease can be drawn up).
 */
export async function seedReferenceData(db: Db, log: (line: string) => void): Promise<void> {
  for (const line of await seedPriceIndices(db)) log(`Added the ${line}.`);
  for (const line of await seedLeaseTemplate(db)) log(`Added the example ${line}.`);
}

/**
 * What a start does after migrating. The reference data (seedReferenceData) always; then in production
 * nothing more (no demo premises, no example rate policy, no demo accounts) unless SEED_DEMO=true; in
 * development and tests an empty database (no premises) gets the demo data unless SEED_DEMO=false.
 * Returns whether the demo data was loaded.
 */
export async function seedOnStart(db: Db, env: Pick<Env, "NODE_ENV" | "SEED_DEMO">, log: (line: string) => void): Promise<boolean> {
  await seedReferenceData(db, log);
  const wanted = env.SEED_DEMO ?? env.NODE_ENV !== "production";
  if (!wanted) {
    if (env.NODE_ENV === "production") log("Production: no demo data is loaded (SEED_DEMO=true would load it). Create the first admin with npm run user:create.");
    return false;
  }
  if ((await db.premises.count()) > 0) return false;
  log("Empty database: loading the Kraków demo data.");
  await seedDemoData(db, log, env.NODE_ENV);
  return true;
}
