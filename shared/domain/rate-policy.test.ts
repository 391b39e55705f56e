import { describe, expect, it } from "vitest";
import {
  bestRate,
  EXAMPLE_POLICY,
  eligibleCategories,
  holidayAllowed,
  quoteRate,
  type OrganisationProfile,
  type PremisesForQuote,
  type RatePolicy,
} from "./rate-policy.ts";

const NB = "\u00a0";
const premises = (overrides: Partial<PremisesForQuote> = {}): PremisesForQuote => ({
  baseRate: "40.00",
  condition: "good",
  socialPool: false,
  ...overrides,
});
const organisation = (overrides: Partial<OrganisationProfile> = {}): OrganisationProfile => ({
  legalForm: "foundation",
  socialEnterpriseStatus: false,
  publicBenefit: false,
  reintegrationType: null,
  ...overrides,
});
const noRenovation = { tenantWillRenovate: false };
const withFixedRate = (rate: string): RatePolicy => ({
  ...EXAMPLE_POLICY,
  id: "fixed-test",
  categories: EXAMPLE_POLICY.categories.map((c) =>
    c.code === "other-ngo" ? { ...c, rule: { kind: "fixed" as const, rate } } : c,
  ),
});

describe("the example policy", () => {
  it("is labelled as an example and holds the rates of DOMAIN.md", () => {
    expect(EXAMPLE_POLICY.isExample).toBe(true);
    expect(EXAMPLE_POLICY.name).toMatch(/przykład/i);
    expect(EXAMPLE_POLICY.floorRate).toBe("5.00");
    expect(EXAMPLE_POLICY.vatRate).toBe("0.23");
    expect(EXAMPLE_POLICY.adjustments).toEqual({ socialPoolPoints: "10", renovationPoints: "10", combine: "once" });
    expect(EXAMPLE_POLICY.holidays).toEqual({ beforeStartMaxDays: 90, renovationMaxDays: 60 });
    expect(EXAMPLE_POLICY.categories.map((c) => [c.code, c.rule])).toEqual([
      ["social-enterprise", { kind: "discount", percent: "80" }],
      ["social-cooperative", { kind: "discount", percent: "75" }],
      ["reintegration-entity", { kind: "discount", percent: "90" }],
      ["public-benefit", { kind: "discount", percent: "70" }],
      ["other-ngo", { kind: "discount", percent: "50" }],
    ]);
  });
});

describe("which categories an organisation qualifies for", () => {
  it("a plain association is only an other NGO", () => {
    expect(eligibleCategories(organisation({ legalForm: "association" }))).toEqual(["other-ngo"]);
  });

  it("a social cooperative with the status qualifies as cooperative, enterprise and NGO", () => {
    expect(eligibleCategories(organisation({ legalForm: "social-cooperative", socialEnterpriseStatus: true }))).toEqual([
      "social-enterprise",
      "social-cooperative",
      "other-ngo",
    ]);
  });

  it("a foundation running a WTZ with public-benefit status", () => {
    expect(eligibleCategories(organisation({ reintegrationType: "WTZ", publicBenefit: true }))).toEqual([
      "reintegration-entity",
      "public-benefit",
      "other-ngo",
    ]);
  });

  it("an entity of another legal form qualifies only through its statuses", () => {
    expect(eligibleCategories(organisation({ legalForm: "other" }))).toEqual([]);
    expect(eligibleCategories(organisation({ legalForm: "other", reintegrationType: "CIS" }))).toEqual(["reintegration-entity"]);
  });

  it("non-profit companies and church legal persons are NGOs", () => {
    expect(eligibleCategories(organisation({ legalForm: "non-profit-company" }))).toEqual(["other-ngo"]);
    expect(eligibleCategories(organisation({ legalForm: "church-legal-person" }))).toEqual(["other-ngo"]);
  });
});

describe("quoting a rate for one category", () => {
  it("a social enterprise pays 20% of a 40.00 zł/m² base rate", () => {
    // 40.00 × (100 − 80) / 100 = 8.00, above the 5.00 floor
    const q = quoteRate(EXAMPLE_POLICY, "social-enterprise", premises(), noRenovation);
    expect(q).toMatchObject({
      basePercent: "80",
      adjustmentPoints: "0",
      effectivePercent: "80",
      computedRate: "8.00",
      floorApplied: false,
      rate: "8.00",
    });
    expect(q.derivation).toEqual([
      `Stawka bazowa 40,00${NB}zł/m²`,
      "Zniżka 80% (przedsiębiorstwo społeczne)",
      `Stawka po zniżce 8,00${NB}zł/m²`,
    ]);
  });

  it("premises from the social pool add 10 points, and the floor lifts the result", () => {
    // 80 + 10 = 90%; 40.00 × 10 / 100 = 4.00 < 5.00 → 5.00
    const q = quoteRate(EXAMPLE_POLICY, "social-enterprise", premises({ socialPool: true }), noRenovation);
    expect(q).toMatchObject({
      adjustmentPoints: "10",
      adjustmentReasons: ["social-pool"],
      effectivePercent: "90",
      computedRate: "4.00",
      floorApplied: true,
      rate: "5.00",
    });
    expect(q.derivation).toEqual([
      `Stawka bazowa 40,00${NB}zł/m²`,
      "Zniżka 80% (przedsiębiorstwo społeczne)",
      `Dodatkowo 10${NB}p.p. (lokal z puli społecznej)`,
      "Zniżka łącznie 90%",
      `Stawka po zniżce 4,00${NB}zł/m², podniesiona do stawki minimalnej 5,00${NB}zł/m²`,
    ]);
  });

  it("social pool and renovation together add the 10 points once", () => {
    // other NGO: 50 + 10 = 60% (not 70%); 40.00 × 40 / 100 = 16.00
    const both = premises({ socialPool: true, condition: "poor" });
    const q = quoteRate(EXAMPLE_POLICY, "other-ngo", both, { tenantWillRenovate: true });
    expect(q).toMatchObject({ adjustmentPoints: "10", adjustmentReasons: ["social-pool", "renovation"], rate: "16.00" });
    expect(q.derivation[2]).toBe(
      `Dodatkowo 10${NB}p.p. (lokal z puli społecznej; lokal w złym stanie, najemca zobowiązuje się do remontu, naliczone raz)`,
    );
  });

  it("the renovation points need both a poor condition and the tenant's undertaking", () => {
    // With the points: 50 + 10 = 60% → 40.00 × 0.40 = 16.00; without: 50% → 20.00
    const rate = (condition: string, tenantWillRenovate: boolean) =>
      quoteRate(EXAMPLE_POLICY, "other-ngo", premises({ condition }), { tenantWillRenovate }).rate;
    expect(rate("needs-renovation", true)).toBe("16.00");
    expect(rate("poor", true)).toBe("16.00");
    expect(rate("poor", false)).toBe("20.00");
    expect(rate("good", true)).toBe("20.00");
  });

  it("a discount never goes past 100%", () => {
    // reintegration 90 + 10 = 100 → 40.00 × 0 = 0.00 → floor 5.00
    const q = quoteRate(EXAMPLE_POLICY, "reintegration-entity", premises({ socialPool: true }), noRenovation);
    expect(q).toMatchObject({ effectivePercent: "100", computedRate: "0.00", floorApplied: true, rate: "5.00" });
    const capped = quoteRate(
      { ...EXAMPLE_POLICY, adjustments: { ...EXAMPLE_POLICY.adjustments, socialPoolPoints: "15" } },
      "reintegration-entity",
      premises({ socialPool: true }),
      noRenovation,
    );
    // 90 + 15 = 105 → 100
    expect(capped.effectivePercent).toBe("100");
    expect(capped.derivation).toContain("Zniżka łącznie 100% (nie więcej niż 100%)");
  });

  it("rounds the discounted rate half-up to the grosz before the floor", () => {
    // other NGO 50%: 33.33 × 50 / 100 = 16.665 → 16.67
    expect(quoteRate(EXAMPLE_POLICY, "other-ngo", premises({ baseRate: "33.33" }), noRenovation).rate).toBe("16.67");
    // public benefit 70%: 33.33 × 30 / 100 = 9.999 → 10.00
    expect(quoteRate(EXAMPLE_POLICY, "public-benefit", premises({ baseRate: "33.33" }), noRenovation).rate).toBe("10.00");
    // social enterprise 80%: 26.27 × 20 / 100 = 5.254 → 5.25, just above the floor
    expect(quoteRate(EXAMPLE_POLICY, "social-enterprise", premises({ baseRate: "26.27" }), noRenovation)).toMatchObject({
      computedRate: "5.25",
      floorApplied: false,
    });
  });

  it("the floor never lifts a rate above the base rate", () => {
    // base 4.50, 80% off → 0.90; the floor 5.00 would exceed the base, so the base 4.50 applies
    const q = quoteRate(EXAMPLE_POLICY, "social-enterprise", premises({ baseRate: "4.50" }), noRenovation);
    expect(q).toMatchObject({ computedRate: "0.90", floorApplied: true, rate: "4.50" });
    expect(q.derivation.at(-1)).toBe(
      `Stawka po zniżce 0,90${NB}zł/m², podniesiona do stawki bazowej 4,50${NB}zł/m² (stawka minimalna 5,00${NB}zł/m² jest wyższa od bazowej)`,
    );
  });

  it("a fixed rate ignores the adjustment points but not the floor", () => {
    const q = quoteRate(withFixedRate("6.00"), "other-ngo", premises({ socialPool: true }), noRenovation);
    expect(q).toMatchObject({
      basePercent: null,
      adjustmentPoints: "0",
      adjustmentReasons: [],
      effectivePercent: null,
      rate: "6.00",
    });
    expect(q.derivation).toEqual([
      `Stawka bazowa 40,00${NB}zł/m²`,
      `Stawka stała 6,00${NB}zł/m² (inna organizacja pozarządowa)`,
      "Dodatkowe punkty zniżki nie dotyczą stawki stałej",
      `Stawka 6,00${NB}zł/m²`,
    ]);
    expect(quoteRate(withFixedRate("3.00"), "other-ngo", premises(), noRenovation)).toMatchObject({
      computedRate: "3.00",
      floorApplied: true,
      rate: "5.00",
    });
  });

  it("a fixed rate above the base rate gives the base rate", () => {
    const q = quoteRate(withFixedRate("50.00"), "other-ngo", premises(), noRenovation);
    expect(q.rate).toBe("40.00");
    expect(q.derivation).toContain("Stawka stała wyższa od bazowej: stosuje się stawkę bazową");
  });

  it("refuses a category the policy has no rule for", () => {
    const policy = { ...EXAMPLE_POLICY, categories: EXAMPLE_POLICY.categories.slice(0, 1) };
    expect(() => quoteRate(policy, "other-ngo", premises(), noRenovation)).toThrow(RangeError);
  });
});

describe("the best applicable rule", () => {
  it("picks the lowest rate and keeps the others to show in the decision", () => {
    // status 80% → 8.00; OPP 70% → 12.00; other NGO 50% → 20.00
    const result = bestRate(EXAMPLE_POLICY, ["public-benefit", "other-ngo", "social-enterprise"], premises(), noRenovation);
    expect(result?.best.category).toBe("social-enterprise");
    expect(result?.best.rate).toBe("8.00");
    expect(result?.alternatives.map((q) => [q.category, q.rate])).toEqual([
      ["social-enterprise", "8.00"],
      ["public-benefit", "12.00"],
      ["other-ngo", "20.00"],
    ]);
  });

  it("breaks ties by the order of the categories in the policy", () => {
    // base 20.00: status 80% → 4.00 → floor 5.00; cooperative 75% → 5.00. Equal: the status comes first.
    const result = bestRate(EXAMPLE_POLICY, ["social-cooperative", "social-enterprise"], premises({ baseRate: "20.00" }), noRenovation);
    expect(result?.best).toMatchObject({ category: "social-enterprise", rate: "5.00", floorApplied: true });
    expect(result?.alternatives[1]).toMatchObject({ category: "social-cooperative", rate: "5.00", floorApplied: false });
  });

  it("returns nothing when no category applies", () => {
    expect(bestRate(EXAMPLE_POLICY, [], premises(), noRenovation)).toBeNull();
  });
});

describe("rent holidays", () => {
  it("allows up to 90 days before the start and 60 days of renovation", () => {
    expect(holidayAllowed(EXAMPLE_POLICY, { beforeStartDays: 90, renovationDays: 60 })).toEqual([]);
    expect(holidayAllowed(EXAMPLE_POLICY, { beforeStartDays: 0, renovationDays: 0 })).toEqual([]);
  });

  it("lists every term over its limit", () => {
    expect(holidayAllowed(EXAMPLE_POLICY, { beforeStartDays: 91, renovationDays: 75 })).toEqual([
      { term: "beforeStartDays", days: 91, maxDays: 90, message: "Zwolnienie z czynszu do rozpoczęcia działalności: 91 dni, najwyżej 90 dni" },
      { term: "renovationDays", days: 75, maxDays: 60, message: "Zwolnienie z czynszu na czas remontu: 75 dni, najwyżej 60 dni" },
    ]);
  });

  it("refuses negative or fractional days", () => {
    const violations = holidayAllowed(EXAMPLE_POLICY, { beforeStartDays: -1, renovationDays: 1.5 });
    expect(violations.map((v) => v.term)).toEqual(["beforeStartDays", "renovationDays"]);
  });
});
