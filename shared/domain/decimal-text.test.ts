import { describe, expect, it } from "vitest";
import {
  formatArea, formatEUR, formatPercent, formatPLN, formatPoints, formatRate, readDecimalDigits,
} from "./decimal-text.ts";

const NBSP = "\u00a0";

describe("writing decimal strings the Polish way, without rounding", () => {
  it.each([
    ["1234.56", `1${NBSP}234,56${NBSP}zł`],
    ["1234567.8", `1${NBSP}234${NBSP}567,80${NBSP}zł`],
    ["0.00", `0,00${NBSP}zł`],
    ["0", `0,00${NBSP}zł`],
    ["-1600.00", `-1${NBSP}600,00${NBSP}zł`],
    ["-0.00", `0,00${NBSP}zł`],
    ["999.99", `999,99${NBSP}zł`],
    ["007.50", `7,50${NBSP}zł`],
  ])("formatPLN(%j) is %j", (input, expected) => {
    expect(formatPLN(input)).toBe(expected);
  });

  it("writes euro, areas and rates with their units", () => {
    expect(formatEUR("300000.00")).toBe(`300${NBSP}000,00${NBSP}EUR`);
    expect(formatArea("42.5")).toBe(`42,50${NBSP}m²`);
    expect(formatArea("1000.00")).toBe(`1${NBSP}000,00${NBSP}m²`);
    expect(formatRate("12.34")).toBe(`12,34${NBSP}zł/m²`);
  });

  it("refuses an amount with fractions of a grosz instead of rounding it", () => {
    expect(() => formatPLN("999.995")).toThrow(RangeError);
    expect(() => formatArea("1.005")).toThrow(RangeError);
  });

  it.each(["", "abc", "1,50", "1e3", "1 234.00", ".5", "5."])("refuses %j, which is not a canonical decimal string", (input) => {
    expect(() => formatPLN(input)).toThrow(TypeError);
  });

  it("writes percentages as given, trailing zeros dropped", () => {
    expect(formatPercent("80")).toBe("80%");
    expect(formatPercent("6.68")).toBe("6,68%");
    expect(formatPercent("12.50")).toBe("12,5%");
    expect(formatPercent("23.00")).toBe("23%");
    expect(formatPercent("6.6800", 4)).toBe("6,68%");
    expect(formatPercent("1000")).toBe(`1${NBSP}000%`);
    expect(() => formatPercent("33.333")).toThrow(RangeError);
    expect(formatPoints("10")).toBe(`10${NBSP}p.p.`);
    expect(formatPoints("2.5")).toBe(`2,5${NBSP}p.p.`);
  });
});

describe("reading decimals typed by people, as digits", () => {
  it.each([
    ["42.5", { negative: false, whole: "42", fraction: "5" }],
    ["42,50", { negative: false, whole: "42", fraction: "50" }],
    ["1 234,56", { negative: false, whole: "1234", fraction: "56" }],
    [`1${NBSP}234,56`, { negative: false, whole: "1234", fraction: "56" }],
    ["1\u202f234\u202f567.8", { negative: false, whole: "1234567", fraction: "8" }],
    ["  7,05 ", { negative: false, whole: "7", fraction: "05" }],
    ["-3,5", { negative: true, whole: "3", fraction: "5" }],
    ["0012", { negative: false, whole: "12", fraction: "" }],
    ["0,00", { negative: false, whole: "0", fraction: "00" }],
  ])("reads %j", (input, expected) => {
    expect(readDecimalDigits(input)).toEqual(expected);
  });

  it.each(["abc", "1e3", "", "1,234.56", "1.234,56", "12 34", ",5", "5,", "42,505", "+4", "0x10"])("refuses %j", (input) => {
    expect(readDecimalDigits(input)).toBeNull();
  });

  it("takes more decimals only when asked to", () => {
    expect(readDecimalDigits("4.1234", 4)).toEqual({ negative: false, whole: "4", fraction: "1234" });
    expect(readDecimalDigits("4.12345", 4)).toBeNull();
  });
});
