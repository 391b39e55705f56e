import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  anniversaries,
  endDateAfterMonths,
  holidayEnd,
  indefiniteHorizon,
  indexRate,
  leaseSchedule,
  LeaseScheduleError,
  monthPeriods,
  offsetsFromInvestments,
  type LeaseSchedule,
  type LeaseScheduleInput,
  type ScheduleRow,
} from "./lease-schedule.ts";

// Every expected figure below is worked by hand in the comments (DOMAIN.md "Lease schedule
// conventions"): monthly net = round(rate × area); a partial or holiday month = round(monthly net ×
// charged days / days in the month); an anniversary or annex month is split and its parts added;
// VAT = round(net × 0.23); gross = net + VAT; all rounding half-up to the grosz.

/** DOMAIN.md "Lease terms": GUS annual average CPI, previous year = 100. */
const GUS = [
  { year: 2021, cpi: "105.1" },
  { year: 2022, cpi: "114.4" },
  { year: 2023, cpi: "111.4" },
  { year: 2024, cpi: "103.6" },
];

const row = (s: LeaseSchedule, month: string): ScheduleRow => {
  const found = s.rows.find((r) => r.month === month);
  if (!found) throw new Error(`no row ${month}`);
  return found;
};
const money = (r: ScheduleRow) => [r.rate, r.net, r.vat, r.gross];
const before = (s: LeaseSchedule, month: string) => s.rows.filter((r) => r.month < month);
const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof LeaseScheduleError) return e.code;
    throw e;
  }
  return "no error";
};

// ---------------------------------------------------------------------------------------------
// (1) A lease starting mid-month with rent holidays.
// 15.04.2024 for 12 months → last day 14.04.2025. 12.34 zł/m² × 45.50 m² = 561.47 monthly net;
// VAT 561.47 × 0.23 = 129.1381 → 129.14; gross 690.61.
// Holidays 20 days (until the activity starts) + 10 days (renovation) = 30 days back to back from
// 15.04.2024: 15.04–30.04 (16 days) and 01.05–14.05 (14 days); last rent-free day 14.05.2024.
const midMonth: LeaseScheduleInput = {
  startDate: "2024-04-15",
  endDate: "2025-04-14",
  rate: "12.34",
  area: "45.50",
  vatRate: "0.23",
  holidays: { beforeStartDays: 20, renovationDays: 10 },
  priceIndices: GUS,
  depositMultiple: "3",
};

describe("(1) a lease starting mid-month with rent holidays", () => {
  const s = leaseSchedule(midMonth);

  it("one row per calendar month from April 2024 to April 2025", () => {
    expect(s.rows.map((r) => r.month)).toEqual([
      "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10",
      "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04",
    ]);
    expect(s.endDate).toBe("2025-04-14");
    // the anniversary 15.04.2025 is after the last day: no indexation
    expect(s.indexations).toEqual([]);
  });

  it("charges the holiday and partial months by days", () => {
    // April 2024: the lease covers 15–30 (16 days), all rent-free → 0.00
    expect(money(row(s, "2024-04"))).toEqual(["12.34", "0.00", "0.00", "0.00"]);
    // May 2024 (31 days): 1–14 rent-free, 15–31 charged = 17 days: 561.47 × 17 / 31 = 9544.99 / 31
    // = 307.9029… → 307.90; VAT 307.90 × 0.23 = 70.817 → 70.82; gross 378.72
    expect(money(row(s, "2024-05"))).toEqual(["12.34", "307.90", "70.82", "378.72"]);
    // June 2024 … March 2025: full months
    for (const m of ["2024-06", "2024-12", "2025-03"]) expect(money(row(s, m))).toEqual(["12.34", "561.47", "129.14", "690.61"]);
    // April 2025 (30 days): 1–14 = 14 days: 561.47 × 14 / 30 = 7860.58 / 30 = 262.0193… → 262.02;
    // VAT 262.02 × 0.23 = 60.2646 → 60.26; gross 322.28
    expect(money(row(s, "2025-04"))).toEqual(["12.34", "262.02", "60.26", "322.28"]);
  });

  it("totals are the sums of the rows; the deposit is 3 full months at the starting rate", () => {
    // net 0.00 + 307.90 + 10 × 561.47 (5614.70) + 262.02 = 6184.62
    // VAT 0.00 + 70.82 + 10 × 129.14 (1291.40) + 60.26 = 1422.48
    // gross 0.00 + 378.72 + 10 × 690.61 (6906.10) + 322.28 = 7607.10 (= 6184.62 + 1422.48)
    expect(s.totals).toEqual({ net: "6184.62", vat: "1422.48", gross: "7607.10", offset: "0.00", toPay: "7607.10" });
    // 3 × 690.61 = 2071.83 (no holiday, no proration)
    expect(s.deposit).toBe("2071.83");
    expect(s.rows.every((r) => r.offset === "0.00" && r.toPay === r.gross)).toBe(true);
  });

  it("without holidays the first month is 16 of 30 days", () => {
    // 561.47 × 16 / 30 = 8983.52 / 30 = 299.4506… → 299.45
    const plain = leaseSchedule({ ...midMonth, holidays: undefined });
    expect(row(plain, "2024-04").net).toBe("299.45");
    expect(row(plain, "2024-05").net).toBe("561.47");
  });

  it("holiday days run back to back from the start date", () => {
    // 15.04.2024 + 30 days − 1 = 14.05.2024; 90 + 60 days from 01.03.2024 end on 28.07.2024
    // (March 31 + April 30 + May 31 + June 30 = 122, 150 − 122 = 28 days of July)
    expect(holidayEnd("2024-04-15", { beforeStartDays: 20, renovationDays: 10 })).toBe("2024-05-14");
    expect(holidayEnd("2024-03-01", { beforeStartDays: 90, renovationDays: 60 })).toBe("2024-07-28");
    expect(holidayEnd("2024-03-01", { beforeStartDays: 0, renovationDays: 0 })).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// (2) Two indexations.
// 15.04.2022 for 36 months → last day 14.04.2025 (DOMAIN.md's own example).
// 10.00 zł/m² × 40.00 m² = 400.00; VAT 92.00; gross 492.00.
// Anniversary 15.04.2023 → CPI of 2022 = 114.4: 10.00 × 114.4 / 100 = 11.44; × 40 = 457.60.
// Anniversary 15.04.2024 → CPI of 2023 = 111.4: 11.44 × 111.4 / 100 = 12.74416 → 12.74; × 40 = 509.60.
// Anniversary 15.04.2025 is after the last day.
const indexed: LeaseScheduleInput = {
  startDate: "2022-04-15",
  endDate: "2025-04-14",
  rate: "10.00",
  area: "40.00",
  vatRate: "0.23",
  priceIndices: GUS,
  depositMultiple: "3",
};
const plain = leaseSchedule(indexed);

describe("(2) two indexations", () => {
  it("indexes on each anniversary by the CPI of the year before", () => {
    expect(plain.indexations).toEqual([
      { on: "2023-04-15", cpiYear: 2022, cpi: "114.4", rateBefore: "10.00", rateAfter: "11.44" },
      { on: "2024-04-15", cpiYear: 2023, cpi: "111.4", rateBefore: "11.44", rateAfter: "12.74" },
    ]);
    expect(plain.provisionalFrom).toBeNull();
    expect(plain.rows).toHaveLength(37); // April 2022 … April 2025
  });

  it("splits each anniversary month: days before at the old monthly net, days from it at the new", () => {
    // April 2022: 15–30 = 16 days: 400.00 × 16 / 30 = 213.333… → 213.33; VAT 49.0659 → 49.07
    expect(money(row(plain, "2022-04"))).toEqual(["10.00", "213.33", "49.07", "262.40"]);
    expect(money(row(plain, "2023-03"))).toEqual(["10.00", "400.00", "92.00", "492.00"]);
    // April 2023: 400.00 × 14 / 30 = 186.666… → 186.67; 457.60 × 16 / 30 = 244.0533… → 244.05;
    // net 430.72; VAT 99.0656 → 99.07; gross 529.79
    expect(money(row(plain, "2023-04"))).toEqual(["11.44", "430.72", "99.07", "529.79"]);
    // May 2023: 457.60; VAT 105.248 → 105.25; gross 562.85
    expect(money(row(plain, "2023-05"))).toEqual(["11.44", "457.60", "105.25", "562.85"]);
    // April 2024: 457.60 × 14 / 30 = 213.5466… → 213.55; 509.60 × 16 / 30 = 271.7866… → 271.79;
    // net 485.34; VAT 111.6282 → 111.63; gross 596.97
    expect(money(row(plain, "2024-04"))).toEqual(["12.74", "485.34", "111.63", "596.97"]);
    // May 2024: 509.60; VAT 117.208 → 117.21; gross 626.81
    expect(money(row(plain, "2024-05"))).toEqual(["12.74", "509.60", "117.21", "626.81"]);
    // April 2025: 1–14: 509.60 × 14 / 30 = 237.8133… → 237.81; VAT 54.6963 → 54.70; gross 292.51
    expect(money(row(plain, "2025-04"))).toEqual(["12.74", "237.81", "54.70", "292.51"]);
  });

  it("totals over the three years", () => {
    // net: 213.33 + 11 × 400.00 + 430.72 + 11 × 457.60 + 485.34 + 11 × 509.60 + 237.81
    //    = 213.33 + 4400.00 + 430.72 + 5033.60 + 485.34 + 5605.60 + 237.81 = 16406.40
    // VAT: 49.07 + 11 × 92.00 + 99.07 + 11 × 105.25 + 111.63 + 11 × 117.21 + 54.70
    //    = 49.07 + 1012.00 + 99.07 + 1157.75 + 111.63 + 1289.31 + 54.70 = 3773.53
    // gross: 262.40 + 5412.00 + 529.79 + 6191.35 + 596.97 + 6894.91 + 292.51 = 20179.93 = 16406.40 + 3773.53
    expect(plain.totals).toEqual({ net: "16406.40", vat: "3773.53", gross: "20179.93", offset: "0.00", toPay: "20179.93" });
    // 3 × 492.00 = 1476.00 (the starting rate, not the indexed one)
    expect(plain.deposit).toBe("1476.00");
  });

  it("a CPI of 100 or less leaves the rate, and the month is not split", () => {
    // 13.37 × 3.00 = 40.11. From 16.04.2022 the anniversary 16.04.2023 splits April 15 / 15 days;
    // a split at an unchanged rate would give 40.11 × 15 / 30 = 20.055 → 20.06 twice = 40.12.
    const s = leaseSchedule({
      startDate: "2022-04-16",
      endDate: "2024-04-15",
      rate: "13.37",
      area: "3.00",
      vatRate: "0.23",
      priceIndices: [{ year: 2022, cpi: "99.5" }],
    });
    expect(s.indexations).toEqual([{ on: "2023-04-16", cpiYear: 2022, cpi: "99.5", rateBefore: "13.37", rateAfter: "13.37" }]);
    expect(row(s, "2023-04").net).toBe("40.11");
    expect(indexRate(new Decimal("13.37"), new Decimal("100")).toFixed(2)).toBe("13.37");
  });

  it("a CPI not yet in the table leaves the rate and marks the schedule provisional from that anniversary", () => {
    const s = leaseSchedule({ ...indexed, priceIndices: [{ year: 2022, cpi: "114.4" }] });
    expect(s.indexations[1]).toEqual({ on: "2024-04-15", cpiYear: 2023, cpi: null, rateBefore: "11.44", rateAfter: "11.44" });
    expect(s.provisionalFrom).toBe("2024-04-15");
    expect(row(s, "2024-05").net).toBe("457.60");
  });

  it("anniversaries and month arithmetic", () => {
    expect(anniversaries("2022-04-15", "2025-04-14")).toEqual(["2023-04-15", "2024-04-15"]);
    expect(anniversaries("2022-04-15", "2025-04-15")).toEqual(["2023-04-15", "2024-04-15", "2025-04-15"]);
    // 29.02.2024 has no same day in 2025: the 1st of the next month
    expect(anniversaries("2024-02-29", "2028-12-31")).toEqual(["2025-03-01", "2026-03-01", "2027-03-01", "2028-02-29"]);
    expect(endDateAfterMonths("2022-04-15", 36)).toBe("2025-04-14");
    // 31.01 + 1 month: no 31 February → the lease ends on the last day of February
    expect(endDateAfterMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(endDateAfterMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(endDateAfterMonths("2024-01-01", 12)).toBe("2024-12-31");
    expect(monthPeriods("2024-01-31", "2024-03-01")).toEqual([
      { month: "2024-01", from: "2024-01-31", to: "2024-01-31", daysInMonth: 31 },
      { month: "2024-02", from: "2024-02-01", to: "2024-02-29", daysInMonth: 29 },
      { month: "2024-03", from: "2024-03-01", to: "2024-03-01", daysInMonth: 31 },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// (3) An annex in the middle of an indexed year.
describe("(3) an annex changes the schedule from its date only", () => {
  it("a new rate from 10.09.2023 (between the anniversaries): earlier months exactly as before", () => {
    const s = leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2023-09-10", rate: "12.00" }] });
    // April 2022 … August 2023: 17 rows, row by row identical to the schedule without the annex
    expect(before(s, "2023-09")).toHaveLength(17);
    expect(before(s, "2023-09")).toEqual(before(plain, "2023-09"));
    // September 2023 (30 days): 1–9 at 457.60: 457.60 × 9 / 30 = 137.28; 10–30 (21 days) at
    // 12.00 × 40.00 = 480.00: 480.00 × 21 / 30 = 336.00; net 473.28; VAT 108.8544 → 108.85; gross 582.13
    expect(money(row(s, "2023-09"))).toEqual(["12.00", "473.28", "108.85", "582.13"]);
    // October 2023: 480.00; VAT 110.40; gross 590.40
    expect(money(row(s, "2023-10"))).toEqual(["12.00", "480.00", "110.40", "590.40"]);
    // 15.04.2024 indexes the annexed rate: 12.00 × 1.114 = 13.368 → 13.37; × 40 = 534.80
    expect(s.indexations[1]).toEqual({ on: "2024-04-15", cpiYear: 2023, cpi: "111.4", rateBefore: "12.00", rateAfter: "13.37" });
    // April 2024: 480.00 × 14 / 30 = 224.00; 534.80 × 16 / 30 = 285.2266… → 285.23; net 509.23;
    // VAT 117.1229 → 117.12; gross 626.35
    expect(money(row(s, "2024-04"))).toEqual(["13.37", "509.23", "117.12", "626.35"]);
    // May 2024: 534.80; VAT 123.004 → 123.00; gross 657.80
    expect(money(row(s, "2024-05"))).toEqual(["13.37", "534.80", "123.00", "657.80"]);
    // April 2025: 534.80 × 14 / 30 = 249.5733… → 249.57; VAT 57.4011 → 57.40; gross 306.97
    expect(money(row(s, "2025-04"))).toEqual(["13.37", "249.57", "57.40", "306.97"]);
    // net: 213.33 + 4400.00 + 430.72 + 4 × 457.60 (May–Aug 2023) + 473.28 + 6 × 480.00 (Oct–Mar)
    //      + 509.23 + 11 × 534.80 + 249.57 = 16869.33
    // VAT: 49.07 + 1012.00 + 99.07 + 421.00 + 108.85 + 662.40 + 117.12 + 1353.00 + 57.40 = 3879.91
    expect(s.totals).toEqual({ net: "16869.33", vat: "3879.91", gross: "20749.24", offset: "0.00", toPay: "20749.24" });
  });

  it("a new area from 20.01.2024: the month is split, the next anniversary indexes the rate in force", () => {
    const s = leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2024-01-20", area: "50.00" }] });
    expect(before(s, "2024-01")).toEqual(before(plain, "2024-01"));
    // 11.44 × 50.00 = 572.00. January 2024 (31 days): 1–19 at 457.60: 457.60 × 19 / 31 = 280.4645… →
    // 280.46; 20–31 (12 days): 572.00 × 12 / 31 = 221.4193… → 221.42; net 501.88; VAT 115.4324 → 115.43
    expect(money(row(s, "2024-01"))).toEqual(["11.44", "501.88", "115.43", "617.31"]);
    // 12.74 × 50.00 = 637.00. April 2024: 572.00 × 14 / 30 = 266.9333… → 266.93;
    // 637.00 × 16 / 30 = 339.7333… → 339.73; net 606.66
    expect(row(s, "2024-04").net).toBe("606.66");
  });

  it("an annex extending the end date brings a third anniversary", () => {
    const s = leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2024-06-01", endDate: "2025-06-30" }] });
    expect(before(s, "2024-06")).toEqual(before(plain, "2024-06"));
    expect(s.rows.at(-1)?.month).toBe("2025-06");
    // 15.04.2025 → CPI of 2024 = 103.6: 12.74 × 1.036 = 13.19864 → 13.20; × 40 = 528.00
    // April 2025: 509.60 × 14 / 30 = 237.81; 528.00 × 16 / 30 = 281.60; net 519.41
    expect(row(s, "2025-04").net).toBe("519.41");
    expect(money(row(s, "2025-06"))).toEqual(["13.20", "528.00", "121.44", "649.44"]);
  });

  it("two annexes on one day apply in the order given; an annex on an anniversary sets the agreed rate", () => {
    const s = leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2024-04-15", rate: "12.00" }] });
    // the anniversary indexes 11.44 → 12.74 first, then the annex sets 12.00 from the same day:
    // April 2024: 457.60 × 14 / 30 = 213.55; 480.00 × 16 / 30 = 256.00; net 469.55
    expect(row(s, "2024-04").net).toBe("469.55");
    expect(row(s, "2024-05").rate).toBe("12.00");
  });
});

// ---------------------------------------------------------------------------------------------
// (4) A termination.
describe("(4) a termination cuts the schedule", () => {
  it("terminated on 20.06.2023: the last row is 20 of 30 days, earlier rows unchanged", () => {
    const s = leaseSchedule({ ...indexed, terminatedOn: "2023-06-20" });
    expect(s.endDate).toBe("2023-06-20");
    expect(s.rows).toHaveLength(15); // April 2022 … June 2023
    expect(s.rows.slice(0, 14)).toEqual(plain.rows.slice(0, 14));
    // June 2023: 457.60 × 20 / 30 = 305.0666… → 305.07; VAT 70.1661 → 70.17; gross 375.24
    expect(money(row(s, "2023-06"))).toEqual(["11.44", "305.07", "70.17", "375.24"]);
    // net 213.33 + 4400.00 + 430.72 + 457.60 + 305.07 = 5806.72
    expect(s.totals.net).toBe("5806.72");
    // only the anniversary before the termination
    expect(s.indexations.map((i) => i.on)).toEqual(["2023-04-15"]);
  });

  it("an indefinite lease runs to the end of the 12th month after today, or can be terminated", () => {
    const base: LeaseScheduleInput = { startDate: "2024-01-01", endDate: null, today: "2024-06-10", rate: "10.00", area: "10.00", vatRate: "0.23", priceIndices: GUS };
    const s = leaseSchedule(base);
    // June 2024 + 12 months = June 2025 → 30.06.2025; January 2024 … June 2025 = 18 rows
    expect(s.endDate).toBe("2025-06-30");
    expect(s.rows).toHaveLength(18);
    // 01.01.2025 → CPI 2024 = 103.6: 10.00 × 1.036 = 10.36; × 10 = 103.60 from January 2025, no split
    expect(row(s, "2025-01").net).toBe("103.60");
    expect(indefiniteHorizon("2026-03-05", "2024-06-10")).toBe("2027-03-31");
    expect(indefiniteHorizon("2024-01-01", "2024-12-31")).toBe("2025-12-31");
    const ended = leaseSchedule({ ...base, terminatedOn: "2024-03-31" });
    expect(ended.rows.map((r) => r.month)).toEqual(["2024-01", "2024-02", "2024-03"]);
  });
});

// ---------------------------------------------------------------------------------------------
// (5) Rows sum to totals to the grosz over a 120-month lease.
describe("(5) a 120-month lease", () => {
  // 19.07.2021 for 120 months → last day 18.07.2031. 23.47 × 37.83 = 887.8701 → 887.87.
  // Holidays 45 + 30 = 75 days from 19.07.2021: July 13 + August 31 + September 30 = 74, so the
  // 75th is 01.10.2021.
  const s = leaseSchedule({
    startDate: "2021-07-19",
    endDate: endDateAfterMonths("2021-07-19", 120),
    rate: "23.47",
    area: "37.83",
    vatRate: "0.23",
    holidays: { beforeStartDays: 45, renovationDays: 30 },
    priceIndices: GUS,
    annexes: [{ effectiveFrom: "2026-02-11", rate: "25.05", area: "41.20" }],
    investmentOffset: { share: "0.50", investments: [{ id: "a", amount: "20000.00", acceptedOn: "2022-03-17" }] },
  });

  it("has 121 rows (July 2021 … July 2031) and hand-checked first months", () => {
    expect(s.endDate).toBe("2031-07-18");
    expect(s.rows).toHaveLength(121);
    expect(s.rows.slice(0, 3).map((r) => r.net)).toEqual(["0.00", "0.00", "0.00"]);
    // October 2021: 30 of 31 days: 887.87 × 30 / 31 = 26636.10 / 31 = 859.2290… → 859.23
    expect(row(s, "2021-10").net).toBe("859.23");
    // 19.07.2022 → CPI 2021 = 105.1: 23.47 × 1.051 = 24.66697 → 24.67
    expect(s.indexations[0]).toEqual({ on: "2022-07-19", cpiYear: 2021, cpi: "105.1", rateBefore: "23.47", rateAfter: "24.67" });
    // CPI of 2025 is not in the table: provisional from the 2026 anniversary
    expect(s.provisionalFrom).toBe("2026-07-19");
  });

  it("each row: gross = net + VAT, to pay = gross − offset; the totals are the sums of the rows to the grosz", () => {
    const sum = (key: "net" | "vat" | "gross" | "offset" | "toPay") => s.rows.reduce((t, r) => t.plus(r[key]), new Decimal(0)).toFixed(2);
    for (const r of s.rows) {
      expect(new Decimal(r.net).plus(r.vat).toFixed(2)).toBe(r.gross);
      expect(new Decimal(r.gross).minus(r.offset).toFixed(2)).toBe(r.toPay);
    }
    expect(s.totals).toEqual({ net: sum("net"), vat: sum("vat"), gross: sum("gross"), offset: sum("offset"), toPay: sum("toPay") });
    // the investment of 20 000.00 is used up within the term, offset from April 2022
    expect(s.totals.offset).toBe("20000.00");
    expect(row(s, "2022-03").offset).toBe("0.00");
    expect(s.investments).toEqual([{ id: "a", title: "", accepted: "20000.00", offset: "20000.00", remainder: "0.00" }]);
  });
});

// ---------------------------------------------------------------------------------------------
// (6) Bad input throws a clear error.
describe("(6) bad input", () => {
  it("refuses an annex before the start, an end before the start and other impossible terms", () => {
    expect(codeOf(() => leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2022-04-14", rate: "12.00" }] }))).toBe("annex.beforeStart");
    expect(() => leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2022-04-14", rate: "12.00" }] })).toThrow(
      "An annex takes effect (2022-04-14) before the lease starts (2022-04-15)",
    );
    expect(codeOf(() => leaseSchedule({ ...indexed, endDate: "2022-04-14" }))).toBe("term.endBeforeStart");
    expect(() => leaseSchedule({ ...indexed, endDate: "2022-04-14" })).toThrow("The lease ends (2022-04-14) before it starts (2022-04-15)");
    expect(codeOf(() => leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2025-04-15", rate: "12.00" }] }))).toBe("annex.afterEnd");
    expect(codeOf(() => leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2023-01-01" }] }))).toBe("annex.empty");
    expect(codeOf(() => leaseSchedule({ ...indexed, annexes: [{ effectiveFrom: "2023-06-10", endDate: "2023-06-09" }] }))).toBe("annex.endBeforeEffective");
    expect(codeOf(() => leaseSchedule({ ...indexed, terminatedOn: "2022-04-01" }))).toBe("termination.beforeStart");
    expect(codeOf(() => leaseSchedule({ ...indexed, terminatedOn: "2025-04-15" }))).toBe("termination.afterEnd");
    expect(codeOf(() => leaseSchedule({ ...indexed, terminatedOn: "2023-06-01", annexes: [{ effectiveFrom: "2023-09-10", rate: "12.00" }] }))).toBe("termination.beforeAnnex");
    expect(codeOf(() => leaseSchedule({ ...indexed, endDate: null }))).toBe("term.horizonMissing");
    expect(codeOf(() => endDateAfterMonths("2022-04-15", 0))).toBe("term.invalid");
  });

  it("refuses malformed values", () => {
    expect(codeOf(() => leaseSchedule({ ...indexed, startDate: "2023-02-30" }))).toBe("date.invalid");
    expect(codeOf(() => leaseSchedule({ ...indexed, rate: "12,34" }))).toBe("decimal.invalid");
    expect(codeOf(() => leaseSchedule({ ...indexed, area: "0" }))).toBe("decimal.invalid");
    expect(codeOf(() => leaseSchedule({ ...indexed, rate: "-1.00" }))).toBe("decimal.invalid");
    expect(codeOf(() => leaseSchedule({ ...indexed, holidays: { beforeStartDays: -1, renovationDays: 0 } }))).toBe("holidays.invalid");
    expect(codeOf(() => leaseSchedule({ ...indexed, priceIndices: [...GUS, { year: 2022, cpi: "110" }] }))).toBe("priceIndex.invalid");
    expect(codeOf(() => leaseSchedule({ ...indexed, offsets: { "2030-01": "1.00" } }))).toBe("offset.invalid");
    expect(codeOf(() => leaseSchedule({ ...indexed, offsets: { "2023-05": "562.86" } }))).toBe("offset.invalid");
    expect(codeOf(() => leaseSchedule({ ...indexed, offsets: {}, investmentOffset: { share: "0.5", investments: [] } }))).toBe("offset.invalid");
    expect(new LeaseScheduleError("annex.empty", "x")).toBeInstanceOf(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Offsets of tenant investments (DOMAIN.md: from the month after acceptance, at most round(share ×
// gross) a month, in order of acceptance, moving on within the month; to pay = gross − offset).
// On lease (2) a full month's gross is 492.00 until March 2023: the cap at 50% is 246.00.
describe("offsets of accepted tenant investments", () => {
  const A = { id: "A", title: "Toilet", amount: "1000.00", acceptedOn: "2022-05-20" };

  it("starts the month after acceptance and moves to the next investment only once it is eligible", () => {
    const B = { id: "B", title: "Ramp", amount: "500.00", acceptedOn: "2022-10-05" };
    // given out of order: A (accepted first) is drawn first
    const s = leaseSchedule({ ...indexed, investmentOffset: { share: "0.50", investments: [B, A] } });
    // May 2022 (acceptance month): 0. June–September: A 4 × 246.00 = 984.00, 16.00 left.
    // October: A's last 16.00; B is offset only from November → 16.00, to pay 492.00 − 16.00 = 476.00.
    // November: B 246.00 (254.00 left); December: 246.00 (8.00 left); January 2023: 8.00 → to pay 484.00.
    const offsets = s.rows.slice(0, 11).map((r) => [r.month, r.offset, r.toPay]);
    expect(offsets).toEqual([
      ["2022-04", "0.00", "262.40"],
      ["2022-05", "0.00", "492.00"],
      ["2022-06", "246.00", "246.00"],
      ["2022-07", "246.00", "246.00"],
      ["2022-08", "246.00", "246.00"],
      ["2022-09", "246.00", "246.00"],
      ["2022-10", "16.00", "476.00"],
      ["2022-11", "246.00", "246.00"],
      ["2022-12", "246.00", "246.00"],
      ["2023-01", "8.00", "484.00"],
      ["2023-02", "0.00", "492.00"],
    ]);
    // the invoice is never changed by an offset
    expect(s.rows.map(money)).toEqual(plain.rows.map(money));
    // offset 1000.00 + 500.00 = 1500.00; to pay 20179.93 − 1500.00 = 18679.93
    expect(s.totals).toMatchObject({ gross: "20179.93", offset: "1500.00", toPay: "18679.93" });
    expect(s.investments).toEqual([
      { id: "B", title: "Ramp", accepted: "500.00", offset: "500.00", remainder: "0.00" },
      { id: "A", title: "Toilet", accepted: "1000.00", offset: "1000.00", remainder: "0.00" },
    ]);
  });

  it("moves on to the next investment within the same month", () => {
    const B = { id: "B", amount: "500.00", acceptedOn: "2022-08-25" };
    const s = leaseSchedule({ ...indexed, investmentOffset: { share: "0.50", investments: [A, B] } });
    // September: A 246.00 (16.00 left). October: A 16.00 + B 230.00 = 246.00 (B 270.00 left).
    // November: B 246.00 (24.00 left). December: B 24.00.
    expect(["2022-09", "2022-10", "2022-11", "2022-12"].map((m) => row(s, m).offset)).toEqual(["246.00", "246.00", "246.00", "24.00"]);
  });

  it("rounds the cap half-up and leaves a remainder at a termination", () => {
    // April 2023 gross 529.79 × 0.50 = 264.895 → 264.90; to pay 529.79 − 264.90 = 264.89
    const big = { id: "C", amount: "10000.00", acceptedOn: "2023-03-31" };
    const s = leaseSchedule({ ...indexed, investmentOffset: { share: "0.50", investments: [big] } });
    expect([row(s, "2023-04").offset, row(s, "2023-04").toPay]).toEqual(["264.90", "264.89"]);
    // terminated 31.07.2022: June and July 246.00 each; A's remainder 1000.00 − 492.00 = 508.00
    const ended = leaseSchedule({ ...indexed, terminatedOn: "2022-07-31", investmentOffset: { share: "0.50", investments: [A] } });
    expect(ended.investments).toEqual([{ id: "A", title: "Toilet", accepted: "1000.00", offset: "492.00", remainder: "508.00" }]);
  });

  it("the step on its own, and offsets given per month", () => {
    const rows = [{ month: "2024-01", gross: new Decimal("100.00") }, { month: "2024-02", gross: new Decimal("100.00") }];
    // 25% of 100.00 = 25.00 a month; 30.00 accepted in December: 25.00 + 5.00
    const { offsets } = offsetsFromInvestments(rows, new Decimal("0.25"), [{ id: "x", amount: "30.00", acceptedOn: "2023-12-31" }]);
    expect(offsets.map((o) => o.toFixed(2))).toEqual(["25.00", "5.00"]);
    // May 2023 gross 562.85 − 100.00 = 462.85
    const s = leaseSchedule({ ...indexed, offsets: { "2023-05": "100.00" } });
    expect([row(s, "2023-05").offset, row(s, "2023-05").toPay]).toEqual(["100.00", "462.85"]);
    expect(s.totals.offset).toBe("100.00");
  });
});
