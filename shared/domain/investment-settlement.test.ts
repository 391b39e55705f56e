import { describe, expect, it } from "vitest";
import { fillInOrder, investmentMonths } from "./investment-settlement.ts";
import { leaseSchedule, type LeaseScheduleInput } from "./lease-schedule.ts";

// Settlement of tenant investments against rent, worked by hand from DOMAIN.md ("Lease schedule
// conventions": offsets from the month after acceptance, at most round(share × that month's gross),
// investments drawn in order of acceptance, moving on within the month; to pay = gross − offset).
//
// The lease: from 01.01.2023 for 24 months (to 31.12.2024), 10.00 zł/m² × 50.00 m², VAT 23%, no holidays.
//   2023: net 10.00 × 50.00 = 500.00, VAT 115.00, gross 615.00; cap at 50%: 307.50.
//   Anniversary 01.01.2024 indexed by the CPI of 2023, 111.4: rate round(10.00 × 1.114) = 11.14,
//   net 11.14 × 50.00 = 557.00, VAT 557.00 × 0.23 = 128.11, gross 685.11;
//   cap at 50%: 342.555 → 342.56 (half-up).
// A: 1 500.00 accepted 20.09.2023 → offset from October 2023.
// B: 1 000.00 accepted 15.01.2024 → offset from February 2024.
const lease: LeaseScheduleInput = {
  startDate: "2023-01-01", endDate: "2024-12-31", rate: "10.00", area: "50.00", vatRate: "0.23",
  priceIndices: [{ year: 2023, cpi: "111.4" }],
};
const A = { id: "A", title: "Podjazd", amount: "1500.00", acceptedOn: "2023-09-20" };
const B = { id: "B", title: "Toaleta", amount: "1000.00", acceptedOn: "2024-01-15" };
const offsetOf = (s: ReturnType<typeof leaseSchedule>, month: string) => s.rows.find((r) => r.month === month)!;

describe("two investments settled one after the other across an indexation", () => {
  const s = leaseSchedule({ ...lease, investmentOffset: { share: "0.50", investments: [B, A] } });

  it("draws A at 307.50 a month in 2023 and at the indexed cap 342.56 in January 2024", () => {
    // Sep 2023 (acceptance month): 0. Oct, Nov, Dec: 3 × 307.50 = 922.50, A has 577.50 left.
    // Jan 2024: 342.56 (gross 685.11, to pay 342.55), A has 234.94 left; B is not eligible yet.
    expect(["2023-09", "2023-10", "2023-11", "2023-12", "2024-01"].map((m) => [offsetOf(s, m).gross, offsetOf(s, m).offset, offsetOf(s, m).toPay])).toEqual([
      ["615.00", "0.00", "615.00"],
      ["615.00", "307.50", "307.50"],
      ["615.00", "307.50", "307.50"],
      ["615.00", "307.50", "307.50"],
      ["685.11", "342.56", "342.55"],
    ]);
  });

  it("in the month A runs out, takes the rest of the cap from B", () => {
    // Feb 2024: A's last 234.94 + B 342.56 − 234.94 = 107.62 → 342.56; B has 892.38 left.
    // Mar: 342.56 (549.82 left); Apr: 342.56 (207.26 left); May: 207.26, B used up; June: nothing.
    expect(["2024-02", "2024-03", "2024-04", "2024-05", "2024-06"].map((m) => offsetOf(s, m).offset))
      .toEqual(["342.56", "342.56", "342.56", "207.26", "0.00"]);
    expect(offsetOf(s, "2024-05").toPay).toBe("477.85"); // 685.11 − 207.26
    // 922.50 + 4 × 342.56 + 207.26 = 2 500.00 = 1 500.00 + 1 000.00
    expect(s.totals.offset).toBe("2500.00");
    expect(s.investments).toEqual([
      { id: "B", title: "Toaleta", accepted: "1000.00", offset: "1000.00", remainder: "0.00" },
      { id: "A", title: "Podjazd", accepted: "1500.00", offset: "1500.00", remainder: "0.00" },
    ]);
  });

  it("splits each month's offset between the investments for the statement", () => {
    const order = [{ id: "A", amount: "1500.00" }, { id: "B", amount: "1000.00" }];
    // February 2024: 234.94 from A, 107.62 from B (from the hand figures above).
    expect(investmentMonths(s.rows, order, "A", "2024-12").map((m) => [m.month, m.fromInvestment, m.remainder])).toEqual([
      ["2023-10", "307.50", "1192.50"], ["2023-11", "307.50", "885.00"], ["2023-12", "307.50", "577.50"],
      ["2024-01", "342.56", "234.94"], ["2024-02", "234.94", "0.00"],
    ]);
    expect(investmentMonths(s.rows, order, "B", "2024-03").map((m) => [m.month, m.fromInvestment, m.remainder])).toEqual([
      ["2024-02", "107.62", "892.38"], ["2024-03", "342.56", "549.82"],
    ]);
    // What was offset up to March 2024: 922.50 + 3 × 342.56 = 1 950.18 → A 1 500.00, B 450.18 (549.82 left).
    expect(fillInOrder(order, "1950.18")).toEqual([
      { id: "A", offset: "1500.00", remainder: "0.00" },
      { id: "B", offset: "450.18", remainder: "549.82" },
    ]);
  });
});

describe("a termination with a remainder", () => {
  it("ends the offsets with the lease: March prorated, B keeps its remainder", () => {
    // Terminated 20.03.2024: March net round(557.00 × 20 / 31) = round(359.354…) = 359.35,
    // VAT round(82.6505) = 82.65, gross 442.00, cap 221.00.
    // B: Feb 107.62 + Mar 221.00 = 328.62 offset; remainder 1 000.00 − 328.62 = 671.38.
    const s = leaseSchedule({ ...lease, terminatedOn: "2024-03-20", investmentOffset: { share: "0.50", investments: [A, B] } });
    expect(s.rows.at(-1)).toEqual({ month: "2024-03", rate: "11.14", net: "359.35", vat: "82.65", gross: "442.00", offset: "221.00", toPay: "221.00" });
    expect(s.investments).toEqual([
      { id: "A", title: "Podjazd", accepted: "1500.00", offset: "1500.00", remainder: "0.00" },
      { id: "B", title: "Toaleta", accepted: "1000.00", offset: "328.62", remainder: "671.38" },
    ]);
  });

  it("an investment accepted in the last month is not offset at all", () => {
    const late = { id: "C", amount: "800.00", acceptedOn: "2024-03-05" };
    const s = leaseSchedule({ ...lease, terminatedOn: "2024-03-20", investmentOffset: { share: "0.50", investments: [late] } });
    expect(s.investments).toEqual([{ id: "C", title: "", accepted: "800.00", offset: "0.00", remainder: "800.00" }]);
  });
});

describe("an annex changing the offset share", () => {
  it("applies from the month whose first day of the lease it covers: from the 1st that month, from mid-month the next", () => {
    // 30% of 685.11 = 205.533 → 205.53.
    const fromFirst = leaseSchedule({ ...lease, investmentOffset: { share: "0.50", shareChanges: [{ from: "2024-03-01", share: "0.30" }], investments: [A, B] } });
    expect(["2024-02", "2024-03"].map((m) => offsetOf(fromFirst, m).offset)).toEqual(["342.56", "205.53"]);
    // From 15.03: March keeps 50% (342.56); B then 892.38 − 342.56 = 549.82 → Apr 205.53 (344.29 left),
    // May 205.53 (138.76 left), June 138.76. 107.62 + 342.56 + 2 × 205.53 + 138.76 = 1 000.00.
    const midMonth = leaseSchedule({ ...lease, investmentOffset: { share: "0.50", shareChanges: [{ from: "2024-03-15", share: "0.30" }], investments: [A, B] } });
    expect(["2024-03", "2024-04", "2024-05", "2024-06", "2024-07"].map((m) => offsetOf(midMonth, m).offset))
      .toEqual(["342.56", "205.53", "205.53", "138.76", "0.00"]);
    expect(midMonth.totals.offset).toBe("2500.00");
  });

  it("a share of 0 stops the offsets until a later annex raises it", () => {
    const s = leaseSchedule({
      ...lease,
      investmentOffset: { share: "0.50", shareChanges: [{ from: "2024-06-01", share: "0.40" }, { from: "2024-02-01", share: "0" }], investments: [A] },
    });
    // A: 922.50 in 2023, 342.56 in January (234.94 left); Feb–May nothing; June 40% of 685.11 = 274.044 → 274.04 ≥ 234.94.
    expect(["2024-01", "2024-02", "2024-05", "2024-06"].map((m) => offsetOf(s, m).offset)).toEqual(["342.56", "0.00", "0.00", "234.94"]);
  });
});
