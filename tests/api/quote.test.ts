import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedRatePolicy } from "@server/features/rate-policy/seed.ts";
import { createPremises } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Expected amounts are worked by hand from DOMAIN.md, under the example policy (80/75/90/70/50%,
// floor 5.00, +10 points once, VAT 23%) and the 6.68% discount rate.
// Σ (1.0668)^(−k/12) for k = 0…11 = 11.6515849034271470685… (bc: scale=40; e(-k/12*l(1.0668)))

let t: TestApp;
let plain: string;
let pool: string;
let odd: string;

async function idOf(code: string): Promise<string> {
  const row = await t.db.premises.findUniqueOrThrow({ where: { inventoryCode: code }, select: { id: true } });
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  await seedRatePolicy(t.db);
  await createPremises(t.db,
    { inventoryCode: "Q/1", baseRent: "30.00", usableArea: "50.00", condition: "fair", socialPool: false },
    { inventoryCode: "Q/2", baseRent: "30.00", usableArea: "50.00", condition: "poor", socialPool: true },
    { inventoryCode: "Q/3", baseRent: "33.33", usableArea: "33.33", condition: "good", socialPool: false },
  );
  [plain, pool, odd] = await Promise.all(["Q/1", "Q/2", "Q/3"].map(idOf)) as [string, string, string];
});
afterAll(() => t.close());

describe("the public quote of a premises", () => {
  it("without a category shows one line per category of the policy in force, labelled as an example", async () => {
    const res = await request(t.app).get(`/api/premises/${plain}/quote`).expect(200);
    expect(res.body).toMatchObject({
      area: "50.00", baseRate: "30.00", baseMonthly: "1500.00", vatRate: "0.23", months: 12, discountRate: "0.0668",
      policy: { isExample: true, name: expect.stringMatching(/przykład/i), effectiveFrom: "2024-01-01" },
    });
    const lines = res.body.lines.map((l: Record<string, unknown>) => [l.category, l.rate, l.monthly, l.aid]);
    expect(lines).toEqual([
      // 30.00 × 20% = 6.00; net 6.00 × 50.00 = 300.00; VAT 69.00; aid 1500.00 − 300.00 = 1200.00 a month,
      // 12 × 1200 = 14 400.00 nominal, 1200 × 11.651584903… = 13 981.9018… → 13 981.90 discounted
      ["social-enterprise", "6.00", { net: "300.00", vat: "69.00", gross: "369.00" }, { monthly: "1200.00", nominal: "14400.00", discounted: "13981.90" }],
      // 30.00 × 25% = 7.50; net 375.00; VAT 86.25; aid 1125.00; 1125 × 11.6515849… = 13 108.0330… → 13 108.03
      ["social-cooperative", "7.50", { net: "375.00", vat: "86.25", gross: "461.25" }, { monthly: "1125.00", nominal: "13500.00", discounted: "13108.03" }],
      // 30.00 × 10% = 3.00 < floor 5.00 → 5.00; net 250.00; VAT 57.50; aid 1250.00; 14 564.4811… → 14 564.48
      ["reintegration-entity", "5.00", { net: "250.00", vat: "57.50", gross: "307.50" }, { monthly: "1250.00", nominal: "15000.00", discounted: "14564.48" }],
      // 30.00 × 30% = 9.00; net 450.00; VAT 103.50; aid 1050.00; 12 234.1641… → 12 234.16
      ["public-benefit", "9.00", { net: "450.00", vat: "103.50", gross: "553.50" }, { monthly: "1050.00", nominal: "12600.00", discounted: "12234.16" }],
      // 30.00 × 50% = 15.00; net 750.00; VAT 172.50; aid 750.00; 8 738.6886… → 8 738.69
      ["other-ngo", "15.00", { net: "750.00", vat: "172.50", gross: "922.50" }, { monthly: "750.00", nominal: "9000.00", discounted: "8738.69" }],
    ]);
    const reintegration = res.body.lines.find((l: { category: string }) => l.category === "reintegration-entity");
    expect(reintegration).toMatchObject({ computedRate: "3.00", floorApplied: true });
    expect(reintegration.derivation.at(-1)).toContain("podniesiona do stawki minimalnej 5,00");
  });

  it("with a category shows that line only", async () => {
    const res = await request(t.app).get(`/api/premises/${plain}/quote?category=public-benefit`).expect(200);
    expect(res.body.lines).toHaveLength(1);
    expect(res.body.lines[0]).toMatchObject({ category: "public-benefit", rate: "9.00", label: "organizacja pożytku publicznego" });
  });

  it("adds the 10 points once for a social-pool premises in poor condition the tenant will renovate", async () => {
    const res = await request(t.app).get(`/api/premises/${pool}/quote?category=other-ngo&tenantWillRenovate=true`).expect(200);
    // 50% + 10 points (pool and renovation both hold: counted once) = 60%; 30.00 × 40% = 12.00; net 600.00
    expect(res.body.lines[0]).toMatchObject({
      effectivePercent: "60", adjustmentPoints: "10", adjustmentReasons: ["social-pool", "renovation"], rate: "12.00",
      monthly: { net: "600.00", vat: "138.00", gross: "738.00" },
    });
  });

  it("rounds every monthly amount to the grosz on its own", async () => {
    const res = await request(t.app).get(`/api/premises/${odd}/quote?category=social-enterprise&months=1`).expect(200);
    // 33.33 × 20% = 6.666 → 6.67; net 6.67 × 33.33 = 222.3111 → 222.31; VAT 222.31 × 0.23 = 51.1313 → 51.13;
    // base 33.33 × 33.33 = 1110.8889 → 1110.89; aid 1110.89 − 222.31 = 888.58; one month is not discounted
    expect(res.body.lines[0]).toMatchObject({
      rate: "6.67", monthly: { net: "222.31", vat: "51.13", gross: "273.44" },
      aid: { monthly: "888.58", nominal: "888.58", discounted: "888.58" },
    });
    expect(res.body.baseMonthly).toBe("1110.89");
  });

  it("sums the aid over the months asked for", async () => {
    const res = await request(t.app).get(`/api/premises/${plain}/quote?category=social-enterprise&months=24`).expect(200);
    // 24 × 1200.00 = 28 800.00; 1200 × Σ_{k=0..23} 1.0668^(−k/12) = 1200 × 22.5735805009… = 27 088.2966… → 27 088.30
    expect(res.body.lines[0].aid).toEqual({ monthly: "1200.00", nominal: "28800.00", discounted: "27088.30" });
  });

  it.each([
    ["category=casino", "category"],
    ["months=0", "months"],
    ["months=121", "months"],
    ["months=1.5", "months"],
    ["tenantWillRenovate=maybe", "tenantWillRenovate"],
  ])("refuses %s with a 400 naming %s", async (query, field) => {
    const res = await request(t.app).get(`/api/premises/${plain}/quote?${query}`).expect(400);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("answers 404 for a premises that does not exist", async () => {
    await request(t.app).get("/api/premises/00000000-0000-4000-8000-000000000000/quote").expect(404);
  });

  it("is in the OpenAPI document", async () => {
    const res = await request(t.app).get("/api/openapi.json").expect(200);
    expect(res.body.paths["/api/premises/{id}/quote"].get.parameters.map((p: { name: string }) => p.name).sort())
      .toEqual(["category", "id", "months", "tenantWillRenovate"]);
  });
});

describe("the policy in force", () => {
  it("is public and labelled as an example", async () => {
    const res = await request(t.app).get("/api/rate-policies/current").expect(200);
    expect(res.body).toMatchObject({ isExample: true, floorRate: "5.00", vatRate: "0.23", decisions: 0 });
    expect(res.body.categories).toHaveLength(5);
  });

  it("is not found before the first version took effect", async () => {
    await request(t.app).get("/api/rate-policies/current?on=2023-12-31").expect(404);
  });
});
