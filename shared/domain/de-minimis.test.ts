import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  aidSchedule,
  aidValue,
  ceilingCheck,
  DISCOUNT_RATES,
  discountRateOn,
  maxMonthsWithinCeiling,
  toEuro,
  type DiscountRateEntry,
} from "./de-minimis.ts";

// (1 + 0.0668)^(−k/12) for k = 0…13, from bc: scale=40; e(-k/12*l(1.0668))
const FACTORS = [
  "1",
  "0.9946258664917786952798520359537234338882",
  "0.9892806142945215775879921723558241758584",
  "0.9839640881962076329275532667460689766316",
  "0.9786761338189459703117380302556468274159",
  "0.9734165976144930951195338524521229131667",
  "0.9681853268597942732228948755894664612574",
  "0.9629821696525488564183691372163986471614",
  "0.9578069749067994403919216622091009841825",
  "0.9526595923485447271377382700799007788981",
  "0.9475398725113759644401096657100756620363",
  "0.9424476667321368357121110883082181525944",
  "0.9373828271466066741657292838395200599925",
  "0.9323452066852068759653656130049900955084",
];
const sumOf = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));

// Base 40.00 zł/m², preferential 8.00 zł/m², 50.00 m²:
// base rent 40.00 × 50.00 = 2000.00, rent due 8.00 × 50.00 = 400.00, aid 2000.00 − 400.00 = 1600.00 a month.
const terms = { baseRate: "40.00", rate: "8.00", area: "50.00" };
const year = aidSchedule({ ...terms, months: 12 });

describe("the aid schedule of a rent preference", () => {
  it("gives 1 600.00 zł of aid in each month of the term", () => {
    expect(year).toHaveLength(12);
    expect(year.map((m) => m.k)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const m of year) {
      expect([m.baseMonthly.toFixed(2), m.rentDue.toFixed(2), m.aid.toFixed(2)]).toEqual(["2000.00", "400.00", "1600.00"]);
    }
  });

  it("counts a month of rent holiday as aid in full", () => {
    const schedule = aidSchedule({ ...terms, months: 12, holidayMonths: [0, 1, 2] });
    expect(schedule.map((m) => m.aid.toFixed(2))).toEqual([
      "2000.00", "2000.00", "2000.00", "1600.00", "1600.00", "1600.00",
      "1600.00", "1600.00", "1600.00", "1600.00", "1600.00", "1600.00",
    ]);
    expect(schedule[0]?.rentDue.toFixed(2)).toBe("0.00");
  });

  it("rounds the base rent and the rent due to the grosz before taking the difference", () => {
    // 33.33 × 33.33 = 1110.8889 → 1110.89; 6.67 × 33.33 = 222.3111 → 222.31; aid 888.58
    const [first] = aidSchedule({ baseRate: "33.33", rate: "6.67", area: "33.33", months: 1 });
    expect(first?.aid.toFixed(2)).toBe("888.58");
  });

  it("gives no aid, rather than negative aid, when the rent is at or above the base", () => {
    const [first] = aidSchedule({ baseRate: "40.00", rate: "45.00", area: "50.00", months: 1 });
    expect(first?.aid.toFixed(2)).toBe("0.00");
  });

  it("refuses an empty term or a holiday outside the term", () => {
    expect(() => aidSchedule({ ...terms, months: 0 })).toThrow(RangeError);
    expect(() => aidSchedule({ ...terms, months: 12, holidayMonths: [12] })).toThrow(RangeError);
    expect(() => aidSchedule({ ...terms, months: 12, holidayMonths: [1.5] })).toThrow(RangeError);
  });
});

describe("the value of the aid", () => {
  it("a year at 1 600.00 zł a month is 19 200.00 nominal and 18 642.54 discounted at 6.68%", () => {
    // nominal 12 × 1600.00 = 19200.00
    // discounted 1600 × Σ FACTORS[0..11] = 1600 × 11.65158490342714706854981… = 18642.5358454834… → 18642.54
    const expected = sumOf(FACTORS.slice(0, 12)).times(1600).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    expect(expected.toFixed(2)).toBe("18642.54");
    const { nominal, discounted } = aidValue({ schedule: year, discountRate: "0.0668" });
    expect(nominal.toFixed(2)).toBe("19200.00");
    expect(discounted.toFixed(2)).toBe("18642.54");
  });

  it("discounts holiday months in full too", () => {
    // 2000 × (f0 + f1 + f2) + 1600 × (f3 + … + f11) = 19836.0984377979… → 19836.10; nominal 3 × 2000 + 9 × 1600 = 20400.00
    const expected = sumOf(FACTORS.slice(0, 3)).times(2000).plus(sumOf(FACTORS.slice(3, 12)).times(1600));
    expect(expected.toFixed(2)).toBe("19836.10");
    const schedule = aidSchedule({ ...terms, months: 12, holidayMonths: [0, 1, 2] });
    const { nominal, discounted } = aidValue({ schedule, discountRate: "0.0668" });
    expect(nominal.toFixed(2)).toBe("20400.00");
    expect(discounted.toFixed(2)).toBe("19836.10");
  });

  it("the first month is not discounted", () => {
    const { discounted } = aidValue({ schedule: aidSchedule({ ...terms, months: 1 }), discountRate: "0.0668" });
    expect(discounted.toFixed(2)).toBe("1600.00");
  });
});

describe("aid in euro", () => {
  it("converts at the NBP rate and rounds half-up to the cent", () => {
    // 18642.54 / 4.2500 = 4386.48 exactly (4386.48 × 4.25 = 17545.92 + 1096.62 = 18642.54)
    expect(toEuro("18642.54", "4.2500").toFixed(2)).toBe("4386.48");
    // 10.02 / 4 = 2.505 → 2.51
    expect(toEuro("10.02", 4).toFixed(2)).toBe("2.51");
    // 1000.00 / 4.3 = 232.5581… → 232.56
    expect(toEuro("1000.00", "4.3").toFixed(2)).toBe("232.56");
  });

  it("refuses a zero or negative exchange rate", () => {
    expect(() => toEuro("100.00", "0")).toThrow(RangeError);
    expect(() => toEuro("100.00", "-4.25")).toThrow(RangeError);
  });
});

describe("the EUR 300 000 ceiling", () => {
  it("refuses new aid that takes the organisation over the ceiling", () => {
    // 295 000.00 + 6 000.00 = 301 000.00 > 300 000; room 300 000 − 295 000 = 5 000.00; 1 000.00 too much
    const check = ceilingCheck({ priorAidEur: "295000.00", newAidEur: "6000.00" });
    expect(check.exceeds).toBe(true);
    expect(check.totalEur.toFixed(2)).toBe("301000.00");
    expect(check.roomEur.toFixed(2)).toBe("5000.00");
    expect(check.remainingAfterEur.toFixed(2)).toBe("0.00");
    expect(check.excessEur.toFixed(2)).toBe("1000.00");
  });

  it("allows aid that reaches the ceiling exactly", () => {
    const check = ceilingCheck({ priorAidEur: "295000.00", newAidEur: "5000.00" });
    expect(check.exceeds).toBe(false);
    expect(check.remainingAfterEur.toFixed(2)).toBe("0.00");
  });

  it("reports what remains after a grant well under the ceiling", () => {
    // 300 000 − (10 000.00 + 4 386.48) = 285 613.52
    const check = ceilingCheck({ priorAidEur: "10000.00", newAidEur: "4386.48" });
    expect(check.exceeds).toBe(false);
    expect(check.remainingAfterEur.toFixed(2)).toBe("285613.52");
  });

  it("takes another ceiling when one is given", () => {
    expect(ceilingCheck({ priorAidEur: "150000", newAidEur: "60000", ceilingEur: "200000" }).exceeds).toBe(true);
  });
});

describe("how long a lease fits under the ceiling", () => {
  it("with 5 000 EUR of room at 1 600.00 zł a month, 13 months fit and 14 do not", () => {
    // Room 300 000 − 295 000 = 5 000 EUR. Cumulative discounted aid (1600 × Σ FACTORS), in EUR at 4.25:
    // 13 months (k = 0…12): 18642.5358 + 1600 × 0.9373828 = 20142.3484 → 20142.35 zł → 4739.38 EUR ≤ 5000
    // 14 months (k = 0…13): 20142.3484 + 1600 × 0.9323452 = 21634.1007 → 21634.10 zł → 5090.38 EUR > 5000
    const thirteen = sumOf(FACTORS.slice(0, 13)).times(1600).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const fourteen = sumOf(FACTORS.slice(0, 14)).times(1600).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    expect([thirteen.toFixed(2), fourteen.toFixed(2)]).toEqual(["20142.35", "21634.10"]);
    const months = maxMonthsWithinCeiling({ ...terms, discountRate: "0.0668", eurRate: "4.25", priorAidEur: "295000" });
    expect(months).toBe(13);
  });

  it("no month fits once the ceiling is used up", () => {
    expect(maxMonthsWithinCeiling({ ...terms, discountRate: "0.0668", eurRate: "4.25", priorAidEur: "300000" })).toBe(0);
  });

  it("a rent at the base rate is no aid, so the whole horizon fits", () => {
    const input = { ...terms, rate: "40.00", discountRate: "0.0668", eurRate: "4.25", priorAidEur: "300000" };
    expect(maxMonthsWithinCeiling(input)).toBe(120);
    expect(maxMonthsWithinCeiling({ ...input, horizonMonths: 36 })).toBe(36);
  });
});

describe("the discount rate table", () => {
  const table: DiscountRateEntry[] = [
    { from: "2024-01-01", baseRate: "0.0568", discountRate: "0.0668" },
    { from: "2025-01-01", baseRate: "0.0580", discountRate: "0.0680" }, // hypothetical later entry
  ];

  it("the example table holds the 2024 rate: 5.68% + 100 bp = 6.68%", () => {
    expect(DISCOUNT_RATES).toEqual([{ from: "2024-01-01", baseRate: "0.0568", discountRate: "0.0668" }]);
  });

  it("finds the rate in force on the grant date", () => {
    expect(discountRateOn(table, "2023-12-31")).toBeNull();
    expect(discountRateOn(table, "2024-01-01")?.discountRate).toBe("0.0668");
    expect(discountRateOn(table, "2024-12-31")?.discountRate).toBe("0.0668");
    expect(discountRateOn(table, "2025-01-01")?.discountRate).toBe("0.0680");
    expect(discountRateOn([...table].reverse(), "2026-06-30")?.discountRate).toBe("0.0680");
    // 31 Dec 2024 23:30 UTC is already 1 January 2025 in Kraków
    expect(discountRateOn(table, new Date("2024-12-31T23:30:00Z"))?.discountRate).toBe("0.0680");
  });
});
