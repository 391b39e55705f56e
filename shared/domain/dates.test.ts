import { describe, expect, it } from "vitest";
import { cityYearOf, fixedClock, formatDate, isIsoDate, todayIn, toIsoDate } from "./dates.ts";

describe("calendar dates", () => {
  it("writes dates as day.month.year", () => {
    expect(formatDate("2026-11-23")).toBe("23.11.2026");
    expect(formatDate(new Date("2026-11-23T12:00:00Z"))).toBe("23.11.2026");
    // 23:30 UTC on 23 November is already 24 November in Kraków (UTC+1 in winter).
    expect(formatDate("2026-11-23T23:30:00Z")).toBe("24.11.2026");
    expect(() => formatDate("2026-02-30")).toThrow(RangeError);
    expect(() => formatDate("not a date")).toThrow(RangeError);
  });

  it("takes a calendar date literally and reads an instant in Kraków", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(toIsoDate("2026-12-31")).toBe("2026-12-31");
    // Summer time: UTC+2, so 22:30 UTC is already the next day.
    expect(toIsoDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(toIsoDate(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
  });

  it("reads today and the year by the clock, in Kraków", () => {
    const newYearsEve = fixedClock("2026-12-31T23:30:00Z");
    expect(todayIn(newYearsEve)).toBe("2027-01-01");
    expect(cityYearOf(newYearsEve.now())).toBe(2027);
    expect(todayIn(fixedClock("2026-12-31T22:59:59Z"))).toBe("2026-12-31");
    expect(cityYearOf("2026-12-31")).toBe(2026);
  });
});
