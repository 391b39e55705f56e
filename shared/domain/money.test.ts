import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  formatArea,
  formatEUR,
  formatPercent,
  formatPLN,
  formatPoints,
  formatRate,
  fromMinor,
  parseDecimal,
  roundGrosz,
  toDecimal,
  toFixed2String,
  toMinor,
} from "./money.ts";
import { hundredthsFromString } from "@shared/contracts/common.ts";

const NBSP = "\u00a0";
const str = (d: Decimal | null) => d?.toString() ?? null;

describe("rounding to the grosz", () => {
  it.each([
    ["2.345", "2.35"], // exactly half a grosz goes up
    ["2.344999", "2.34"],
    ["2.3450000001", "2.35"],
    ["-2.345", "-2.35"], // ties go away from zero, as on paper
    ["10", "10"],
    ["-0.004", "0"], // no "-0,00 zł"
  ])("rounds %s to %s", (input, expected) => {
    expect(roundGrosz(new Decimal(input)).toString()).toBe(expected);
    expect(roundGrosz(new Decimal(input)).isNegative() && expected === "0").toBe(false);
  });

  it("0.1 + 0.2 in decimals is 0.30, not a float artefact", () => {
    expect(toFixed2String(roundGrosz(new Decimal("0.1").plus("0.2")))).toBe("0.30");
  });
});

describe("reading amounts typed by people", () => {
  it.each([
    ["42.5", "42.5"],
    ["42,50", "42.5"],
    ["1 234,56", "1234.56"],
    [`1${NBSP}234,56`, "1234.56"],
    ["1\u202f234\u202f567.8", "1234567.8"],
    ["1234", "1234"],
    ["  7,05 ", "7.05"],
    ["-3,5", "-3.5"],
    ["0,00", "0"],
  ])("accepts %j as %s", (input, expected) => {
    expect(str(parseDecimal(input))).toBe(expected);
  });

  it.each(["abc", "1e3", "NaN", "Infinity", "", "  ", "1,234.56", "1.234,56", "12 34", "1  234", ",5", "5,", "42,505", "+4", "0x10"])(
    "refuses %j",
    (input) => {
      expect(parseDecimal(input)).toBeNull();
    },
  );

  it("respects the allowed number of decimals", () => {
    expect(str(parseDecimal("0,0668", 4))).toBe("0.0668");
    expect(parseDecimal("0,06685", 4)).toBeNull();
    expect(str(parseDecimal("12", 0))).toBe("12");
    expect(parseDecimal("12,5", 0)).toBeNull();
  });
});

describe("decimal values passed between modules", () => {
  it("accepts canonical strings, integers and Decimals, refuses floats and loose strings", () => {
    expect(toDecimal("40.00").toString()).toBe("40");
    expect(toDecimal(3).toString()).toBe("3");
    expect(toDecimal(new Decimal("0.23")).toString()).toBe("0.23");
    expect(() => toDecimal(0.23)).toThrow(TypeError);
    expect(() => toDecimal("1 234,56")).toThrow(TypeError);
    expect(() => toDecimal("1e3")).toThrow(TypeError);
    expect(() => toDecimal(new Decimal(NaN))).toThrow(TypeError);
  });
});

describe("integer minor units", () => {
  it("converts zł to grosz and back exactly", () => {
    expect(toMinor("1234.56")).toBe(123456);
    expect(toMinor(new Decimal("-0.01"))).toBe(-1);
    expect(toMinor(5)).toBe(500);
    expect(fromMinor(123456).toString()).toBe("1234.56");
    expect(fromMinor(-1).toString()).toBe("-0.01");
  });

  it("refuses fractions of a grosz and unsafe integers", () => {
    expect(() => toMinor("1.005")).toThrow(RangeError);
    expect(() => toMinor("90071992547409.92")).toThrow(RangeError); // 9 007 199 254 740 992 > 2^53 − 1
    expect(() => fromMinor(1.5)).toThrow(RangeError);
  });
});

describe("API wire format", () => {
  it("always writes two decimals with a dot", () => {
    expect(toFixed2String(new Decimal("42.5"))).toBe("42.50");
    expect(toFixed2String("1234")).toBe("1234.00");
    expect(toFixed2String(new Decimal("-0"))).toBe("0.00");
  });

  it("refuses a value that was not rounded where the rule says", () => {
    expect(() => toFixed2String(new Decimal("42.505"))).toThrow(RangeError);
  });
});

describe("Polish formats", () => {
  it("writes amounts with no-break spaces between thousands and a comma for decimals", () => {
    expect(formatPLN("1234.56")).toBe(`1${NBSP}234,56${NBSP}zł`);
    expect(formatPLN("1234567.8")).toBe(`1${NBSP}234${NBSP}567,80${NBSP}zł`);
    expect(formatPLN("999.995")).toBe(`1${NBSP}000,00${NBSP}zł`); // half-up before formatting
    expect(formatPLN(0)).toBe(`0,00${NBSP}zł`);
    expect(formatPLN("-1600")).toBe(`-1${NBSP}600,00${NBSP}zł`);
    expect(formatEUR("300000")).toBe(`300${NBSP}000,00${NBSP}EUR`);
  });

  it("writes areas and rates per m²", () => {
    expect(formatArea("42.5")).toBe(`42,50${NBSP}m²`);
    expect(formatRate("12.34")).toBe(`12,34${NBSP}zł/m²`);
  });

  it("writes percentages and percentage points without trailing zeros", () => {
    expect(formatPercent("80")).toBe("80%");
    expect(formatPercent("6.68")).toBe("6,68%");
    expect(formatPercent("12.50")).toBe("12,5%");
    expect(formatPercent("33.3333")).toBe("33,33%");
    expect(formatPoints("10")).toBe(`10${NBSP}p.p.`);
  });
});

describe("hundredthsFromString (minor units through the one parser)", () => {
  it("reads what parseDecimal reads, non-negative, two places at most", () => {
    expect(hundredthsFromString("42,5")).toBe(4250);
    expect(hundredthsFromString(" 42.50 ")).toBe(4250);
    expect(hundredthsFromString("1 234,56")).toBe(123456);
    expect(hundredthsFromString("0")).toBe(0);
    expect(hundredthsFromString("999999999999.99")).toBe(99999999999999);
  });

  it("refuses what is not an exact non-negative amount", () => {
    for (const bad of ["-1", "1.234", "", "abc", "1e3", "1000000000000", "12,", ".5"]) {
      expect(hundredthsFromString(bad)).toBeNull();
    }
  });
});
