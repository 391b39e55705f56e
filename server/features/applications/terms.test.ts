import { describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "@shared/domain/rate-policy.ts";
import { computeTerms, type TermsContext, type TermsRequest } from "./terms.ts";

// Premises 50.00 m² at 30.00 zł/m²: base rent 1 500.00 a month. Expected values worked by hand;
// discount factors (1.0668)^(−k/12) from bc (scale=40): Σ k=0..2 = 2.9839064807…, Σ k=3..11 = 8.6676784226…,
// Σ k=0..11 = 11.6515849034…

const context = (overrides: Partial<TermsContext> = {}): TermsContext => ({
  policy: EXAMPLE_POLICY,
  categories: ["social-enterprise", "other-ngo"],
  premises: { baseRate: "30.00", area: "50.00", condition: "fair", socialPool: false },
  tenantWillRenovate: false,
  deMinimis: true,
  priorAidEur: "10000.00",
  discount: { from: "2024-01-01", baseRate: "0.0568", discountRate: "0.0668" },
  ...overrides,
});
const request = (overrides: Partial<TermsRequest> = {}): TermsRequest => ({
  startDate: "2027-01-01", grantDate: "2027-01-01", months: 12, beforeStartDays: 0, renovationDays: 0, eurRate: "4.25", ...overrides,
});

describe("the terms of an approval", () => {
  it("take the best rule's rate and price the rent month by month", () => {
    const { view, problems, best } = computeTerms(context(), request());
    // social enterprise 30.00 × 20% = 6.00 beats other NGO 30.00 × 50% = 15.00
    expect(best?.category).toBe("social-enterprise");
    expect(view.alternatives.map((a) => a.rate)).toEqual(["6.00", "15.00"]);
    expect(view.monthly).toEqual({ net: "300.00", vat: "69.00", gross: "369.00" });
    // 1 200.00 a month; 1 200 × 11.6515849… = 13 981.9019 → 13 981.90; / 4.25 = 3 289.858… → 3 289.86
    expect(view.aid).toMatchObject({ nominal: "14400.00", discounted: "13981.90", eur: "3289.86", roomEur: "290000.00", roomAfterEur: "286710.14" });
    expect(problems).toEqual([]);
  });

  it("count 90 days before the start and 30 of renovation as four rent-free months", () => {
    const { view } = computeTerms(context(), request({ beforeStartDays: 90, renovationDays: 30 }));
    // k = 0…3 at 1 500.00, k = 4…11 at 1 200.00: nominal 6 000 + 9 600 = 15 600.00
    expect(view.holidayMonths).toBe(4);
    expect(view.aid.nominal).toBe("15600.00");
  });

  it("refuse holidays beyond the policy, naming each", () => {
    const { problems } = computeTerms(context(), request({ beforeStartDays: 91, renovationDays: 61 }));
    expect(problems).toEqual([
      { field: "beforeStartDays", code: "holiday.tooLong" },
      { field: "renovationDays", code: "holiday.tooLong" },
    ]);
  });

  it("refuse crossing the ceiling, with the room left and the longest term that fits", () => {
    const { problems, view, ceilingDetail } = computeTerms(context({ priorAidEur: "299000.00" }), request());
    // room 300 000 − 299 000 = 1 000.00 EUR; 3 289.86 EUR is 2 289.86 too much.
    // 3 months: 1 200 × (1 + 0.9946259 + 0.9892806) = 3 580.69 zł → 842.52 EUR fits; 4 months 1 120.34 EUR does not.
    expect(problems).toEqual([{ field: "months", code: "deMinimis.ceiling" }]);
    expect(view.aid).toMatchObject({ roomEur: "1000.00", excessEur: "2289.86", roomAfterEur: "0.00", maxMonths: 3 });
    expect(ceilingDetail?.replace(/\s/g, " ")).toContain("Pozostało 1 000,00 EUR");
  });

  it("allow a higher rate that keeps the aid within the ceiling, and say so in the derivation", () => {
    const { problems, view } = computeTerms(context({ priorAidEur: "299000.00" }), request({ rate: "25.00" }));
    // 1 500 − 1 250 = 250.00 a month; 250 × 11.6515849… = 2 912.896… → 2 912.90 zł → 685.39 EUR ≤ 1 000
    expect(problems).toEqual([]);
    expect(view.aid).toMatchObject({ discounted: "2912.90", eur: "685.39", roomAfterEur: "314.61" });
    expect(view.derivation.at(-1)).toBe("Stawka ustalona w decyzji 25,00\u00a0zł/m² (wyższa niż wynikająca z polityki)");
  });

  it("refuse a rate below the policy's and above the base", () => {
    expect(computeTerms(context(), request({ rate: "5.99" })).problems).toEqual([{ field: "rate", code: "rate.belowPolicy" }]);
    expect(computeTerms(context(), request({ rate: "30.01" })).problems).toEqual([{ field: "rate", code: "rate.aboveBase" }]);
  });

  it("need the NBP rate only for de minimis aid", () => {
    expect(computeTerms(context(), request({ eurRate: undefined })).problems).toEqual([{ field: "eurRate", code: "eurRate.required" }]);
    const free = computeTerms(context({ deMinimis: false }), request({ eurRate: undefined }));
    expect(free.problems).toEqual([]);
    expect(free.view.aid).toMatchObject({ eur: null, discounted: "13981.90" });
  });

  it("find no rate for an organisation of no category", () => {
    const { problems, view } = computeTerms(context({ categories: [] }), request());
    expect(problems).toContainEqual({ field: "category", code: "category.none" });
    expect(view.rate).toBeNull();
  });
});
