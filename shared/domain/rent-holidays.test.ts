import { describe, expect, it } from "vitest";
import { holidayMonthCount, holidayMonths } from "./rent-holidays.ts";

describe("rent holidays counted in months for the aid", () => {
  it("rounds days up to whole months of 30 days", () => {
    expect([0, 1, 30, 31, 60, 61, 90].map(holidayMonthCount)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  it("90 days before the start and 60 days of renovation are the first 5 months", () => {
    // 90 / 30 = 3 months, 60 / 30 = 2 months: k = 0…4
    expect(holidayMonths({ beforeStartDays: 90, renovationDays: 60 }, 36)).toEqual([0, 1, 2, 3, 4]);
  });

  it("45 days before the start and 10 of renovation are 2 + 1 months", () => {
    expect(holidayMonths({ beforeStartDays: 45, renovationDays: 10 }, 12)).toEqual([0, 1, 2]);
  });

  it("never reaches past the term", () => {
    expect(holidayMonths({ beforeStartDays: 90, renovationDays: 60 }, 2)).toEqual([0, 1]);
  });

  it("no holiday, no rent-free month", () => {
    expect(holidayMonths({ beforeStartDays: 0, renovationDays: 0 }, 12)).toEqual([]);
  });

  it("refuses negative or fractional days", () => {
    expect(() => holidayMonthCount(-1)).toThrow(RangeError);
    expect(() => holidayMonthCount(1.5)).toThrow(RangeError);
  });
});
