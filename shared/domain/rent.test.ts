import { describe, expect, it } from "vitest";
import { baseMonthly, deposit, monthlyRent, netMonthly } from "./rent.ts";

const fixed = (r: ReturnType<typeof monthlyRent>) => ({
  net: r.net.toFixed(2),
  vat: r.vat.toFixed(2),
  gross: r.gross.toFixed(2),
});

describe("monthly rent", () => {
  it("a preferential 8.00 zł/m² on 50 m² is 400.00 net, 92.00 VAT, 492.00 gross", () => {
    // 8.00 × 50.00 = 400.00; 400.00 × 0.23 = 92.00; 400.00 + 92.00 = 492.00
    expect(fixed(monthlyRent({ rate: "8.00", area: "50.00", vatRate: "0.23" }))).toEqual({
      net: "400.00",
      vat: "92.00",
      gross: "492.00",
    });
  });

  it("rounds the net and then the VAT, each to the grosz", () => {
    // 12.34 × 42.57 = 525.3138 → 525.31; 525.31 × 0.23 = 120.8213 → 120.82; 525.31 + 120.82 = 646.13
    expect(fixed(monthlyRent({ rate: "12.34", area: "42.57", vatRate: "0.23" }))).toEqual({
      net: "525.31",
      vat: "120.82",
      gross: "646.13",
    });
  });

  it("rounds half a grosz up in the net and in the VAT", () => {
    // 5.15 × 10.10 = 52.015 → 52.02; 52.02 × 0.23 = 11.9646 → 11.96; gross 63.98
    expect(fixed(monthlyRent({ rate: "5.15", area: "10.10", vatRate: "0.23" }))).toEqual({
      net: "52.02",
      vat: "11.96",
      gross: "63.98",
    });
    // 1.50 × 1.00 = 1.50; 1.50 × 0.23 = 0.345 → 0.35
    expect(fixed(monthlyRent({ rate: "1.50", area: "1.00", vatRate: "0.23" }))).toEqual({
      net: "1.50",
      vat: "0.35",
      gross: "1.85",
    });
  });

  it("a year's VAT is twelve monthly VATs, not VAT on the yearly net", () => {
    // Monthly: 0.35 × 12 = 4.20. On the yearly net it would be 18.00 × 0.23 = 4.14: not the rule.
    const { vat } = monthlyRent({ rate: "1.50", area: "1.00", vatRate: "0.23" });
    expect(vat.times(12).toFixed(2)).toBe("4.20");
  });
});

describe("base rent and deposit", () => {
  it("the base rent of 50 m² at 40.00 zł/m² is 2 000.00 zł a month", () => {
    // 40.00 × 50.00 = 2000.00
    expect(baseMonthly("40.00", "50.00").toFixed(2)).toBe("2000.00");
    // 33.33 × 33.33 = 1110.8889 → 1110.89
    expect(netMonthly("33.33", "33.33").toFixed(2)).toBe("1110.89");
  });

  it("a deposit of three months' gross rent", () => {
    // 3 × 492.00 = 1476.00
    expect(deposit("492.00", 3).toFixed(2)).toBe("1476.00");
    // 1.5 × 646.13 = 969.195 → 969.20
    expect(deposit("646.13", "1.5").toFixed(2)).toBe("969.20");
  });
});
