import { afterEach, describe, expect, it } from "vitest";
import { loadEnv } from "@server/lib/env.ts";
import { readFixture, seedOnStart } from "@server/seed.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Issue 10, production: NODE_ENV=production used to seed 170 demo premises and the example rate
// policy at the first start. Now a production start leaves the migrated database empty unless
// SEED_DEMO=true, and the demo accounts (published password) are never created there.

const DEMO_PREMISES = readFixture("premises.krakow.json").length;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function start(vars: Record<string, string>) {
  t = await createTestApp();
  const lines: string[] = [];
  const seeded = await seedOnStart(t.db, loadEnv({ DATABASE_URL: t.databaseUrl, ...vars }), (line) => lines.push(line));
  const db = t.db;
  const counts = {
    premises: await db.premises.count(), ratePolicies: await db.ratePolicyVersion.count(), discountRates: await db.discountRate.count(),
    priceIndices: await db.priceIndex.count(), leaseTemplates: await db.leaseTemplate.count(), users: await db.user.count(),
    organisations: await db.organisation.count(),
  };
  return { seeded, counts, lines };
}

// Empty but for the reference data every installation gets: GUS's CPI 2021–2024 and lease template v1.
const EMPTY = { premises: 0, ratePolicies: 0, discountRates: 0, priceIndices: 4, leaseTemplates: 1, users: 0, organisations: 0 };

describe("what the first start puts into an empty database", () => {
  it("production: nothing but the migrations and the reference data, and a line saying how to get the demo data", async () => {
    const { seeded, counts, lines } = await start({ NODE_ENV: "production" });
    expect(seeded).toBe(false);
    expect(counts).toEqual(EMPTY);
    expect(lines.join("\n")).toContain("SEED_DEMO=true");
  });

  it("production with SEED_DEMO=true: the demo premises and example tables, still no demo accounts", async () => {
    const { seeded, counts } = await start({ NODE_ENV: "production", SEED_DEMO: "true" });
    expect(seeded).toBe(true);
    expect(DEMO_PREMISES).toBe(170);
    expect(counts).toMatchObject({ premises: DEMO_PREMISES, users: 0, organisations: 0 });
    expect(counts.ratePolicies).toBeGreaterThan(0);
  });

  it("development: the demo data with the demo accounts, once (a second start adds nothing)", async () => {
    const first = await start({ NODE_ENV: "development" });
    expect(first.seeded).toBe(true);
    expect(first.counts.premises).toBe(DEMO_PREMISES);
    expect(first.counts.users).toBeGreaterThan(0);
    expect(await t!.db.user.findUnique({ where: { email: "admin@demo.krakow.pl" } })).not.toBeNull();
    expect(await seedOnStart(t!.db, loadEnv({ NODE_ENV: "development" }), () => {})).toBe(false);
    expect(await t!.db.premises.count()).toBe(DEMO_PREMISES);
  });

  it("development with SEED_DEMO=false: empty", async () => {
    const { seeded, counts } = await start({ NODE_ENV: "development", SEED_DEMO: "false" });
    expect(seeded).toBe(false);
    expect(counts).toEqual(EMPTY);
  });

  it("refuses a SEED_DEMO that is neither true nor false", () => {
    expect(() => loadEnv({ SEED_DEMO: "yes" })).toThrow(/SEED_DEMO/);
  });
});
