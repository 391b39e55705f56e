import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode.ts";
import * as cell from "./cells.ts";
import { headerKey, columnByHeader } from "./columns.ts";
import { sniff } from "@server/features/premises-register/files/sniff.ts";

const read = (c: cell.Cell, raw: string) => c.read(raw);

describe("spreadsheet cells as a Polish city spreadsheet writes them", () => {
  it.each([
    ["42,50", "42.50"], ["42,5", "42.50"], ["42", "42.00"], ["1 234,56", "1234.56"], ["1\u00a0234,56", "1234.56"],
    ["42.5", "42.50"], ["186 400,00 zł", "186400.00"], ["12,40 zł/m²", "12.40"],
  ])("reads the amount %j as %j, exactly", (raw, expected) => {
    expect(read(cell.decimal(), raw)).toEqual({ ok: true, value: expected });
  });

  it.each(["675-14-71-246", "42,505", "1.234,56", "abc", "4 2"])("refuses %j as an amount", (raw) => {
    expect(read(cell.decimal(), raw)).toEqual({ ok: false, code: "decimal.invalid" });
  });

  it("writes amounts back with a decimal comma", () => {
    expect(cell.decimal().write("1234.56")).toBe("1234,56");
  });

  it.each([["tak", true], ["TAK", true], ["x", true], ["nie", false], ["", false], ["N", false]])("reads %j as %s", (raw, expected) => {
    expect(read(cell.boolean, raw)).toEqual({ ok: true, value: expected });
  });

  it("refuses a yes/no cell it cannot read", () => {
    expect(read(cell.boolean, "może")).toEqual({ ok: false, code: "csv.boolean" });
  });

  it.each([["Stare Miasto", "stare-miasto"], ["I", "stare-miasto"], ["xiii", "podgorze"], ["Dzielnica XIII", "podgorze"],
    ["XVIII Nowa Huta", "nowa-huta"], ["lagiewniki-borek falecki", "lagiewniki-borek-falecki"], ["Łagiewniki-Borek Fałęcki", "lagiewniki-borek-falecki"]])(
    "reads the district %j", (raw, id) => {
      expect(read(cell.district, raw)).toEqual({ ok: true, value: id });
    });

  it.each([["14.09.2025", "2025-09-14"], ["4.9.2025", "2025-09-04"], ["2025-09-14", "2025-09-14"], ["", null]])("reads the date %j", (raw, iso) => {
    expect(read(cell.date, raw)).toEqual({ ok: true, value: iso });
  });

  it.each(["14/09/2025", "2025-9-14", "wrzesień 2025"])("refuses the date %j as a wrong format", (raw) => {
    expect(read(cell.date, raw)).toEqual({ ok: false, code: "csv.date" });
  });

  it.each(["31.02.2025", "2025-13-01"])("refuses the date %j, written right, as no such day", (raw) => {
    expect(read(cell.date, raw)).toEqual({ ok: false, code: "date.nonexistent" });
  });

  it("reads a file a megabyte of text at a time as it reads it whole", async () => {
    const { readPremisesCsv } = await import("./read.ts");
    const { decodeChunks, detectEncoding } = await import("./decode.ts");
    const file = readFileSync(new URL("../../../../fixtures/import/premises-500-with-3-bad-rows.csv", import.meta.url));
    expect(detectEncoding(file)).toBe("utf-8");
    const rowsOf = async (input: string | Iterable<string>) => {
      const rows: unknown[] = [];
      const result = await readPremisesCsv(input, { onRows: (batch) => { rows.push(...batch); } });
      return { result, rows };
    };
    const whole = await rowsOf(file.toString("utf8"));
    const chunked = await rowsOf(decodeChunks(file, "utf-8"));
    expect(chunked).toEqual(whole);
    expect(whole.result.problemCount).toBe(3);
    // Every row with a code is passed on, a batch at a time; the 497 valid ones with their records.
    expect(whole.rows).toHaveLength(500);
    expect(whole.rows.filter((r) => (r as { record?: unknown }).record !== undefined)).toHaveLength(whole.result.valid);
    // A chunk boundary inside a two-byte letter: decoded whole.
    const tiny = Buffer.from("Kod;Ulica\r\nŁ/1;Łódź\r\n");
    expect([...decodeChunks(tiny, "utf-8")].join("")).toBe("Kod;Ulica\r\nŁ/1;Łódź\r\n");
    expect(detectEncoding(Buffer.from([0x61, 0xb1]))).toBeNull();
    expect(detectEncoding(Buffer.from([0xa3, 0xf3, 0x64, 0x9f]))).toBe("windows-1250");
  });

  it("reads Polish words for condition, status, heating, toilet and uses", () => {
    expect(read(cell.condition, "Zadowalający")).toEqual({ ok: true, value: "fair" });
    expect(read(cell.condition, "dostateczny")).toEqual({ ok: true, value: "fair" });
    expect(read(cell.status, "w remoncie")).toEqual({ ok: true, value: "under-renovation" });
    expect(read(cell.heating, "Ogrzewanie miejskie")).toEqual({ ok: true, value: "district" });
    expect(read(cell.toilet, "WC wspólne")).toEqual({ ok: true, value: "shared" });
    expect(read(cell.uses, "gastronomia, Handel, dzialalnosc spoleczna")).toEqual({ ok: true, value: ["gastronomy", "retail", "community"] });
    expect(read(cell.uses, "kasyno")).toEqual({ ok: false, code: "csv.use" });
  });

  it("keeps text that a spreadsheet would run as a formula as text, both ways", () => {
    expect(cell.text().write("=SUMA(A1)")).toBe("'=SUMA(A1)");
    expect(read(cell.text(), "'=SUMA(A1)")).toEqual({ ok: true, value: "=SUMA(A1)" });
    expect(read(cell.text(), "'apostrof")).toEqual({ ok: true, value: "'apostrof" });
  });
});

describe("headers", () => {
  it("match without case, diacritics, units or punctuation", () => {
    expect(headerKey("Powierzchnia użytkowa [m²]")).toBe("powierzchnia uzytkowa");
    expect(columnByHeader("POWIERZCHNIA UZYTKOWA (M2)")).toMatchObject({ field: "usableArea" });
    expect(columnByHeader("Szerokość")).toMatchObject({ field: "lat" });
    expect(columnByHeader("szerokosc drzwi [cm]")).toMatchObject({ field: "accessibility.doorWidthCm" });
    expect(columnByHeader("Poziom dostępności")).toBe("derived");
    expect(columnByHeader("Uwagi")).toBeUndefined();
  });
});

describe("the encoding of an uploaded file", () => {
  it("reads UTF-8 with and without BOM, and Windows-1250, and refuses the rest", () => {
    expect(decodeCsv(Buffer.from("\ufeffŁódź;ą", "utf8"))).toEqual({ ok: true, text: "Łódź;ą", encoding: "utf-8" });
    expect(decodeCsv(Buffer.from([0xa3, 0xf3, 0x64, 0x9f, 0x3b, 0xb9]))).toEqual({ ok: true, text: "Łódź;ą", encoding: "windows-1250" });
    // "ą" in ISO-8859-2 is 0xB1, which Windows-1250 reads as "±".
    expect(decodeCsv(Buffer.from([0x61, 0xb1]))).toEqual({ ok: false });
    expect(decodeCsv(Buffer.from("a;b", "utf16le"))).toEqual({ ok: false });
  });
});

describe("the type of an upload, by its first bytes", () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], "image/jpeg"],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "image/png"],
    [[...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBP")], "image/webp"],
    [[...Buffer.from("%PDF-1.7")], "application/pdf"],
  ])("%j is %s", (bytes, mime) => {
    expect(sniff(Uint8Array.from(bytes))?.mime).toBe(mime);
  });

  it.each([[[...Buffer.from("MZ")]], [[...Buffer.from("<svg")]], [[...Buffer.from("RIFF\0\0\0\0WAVE")]], [[0x89, 0x50]]])("refuses %j", (bytes) => {
    expect(sniff(Uint8Array.from(bytes))).toBeNull();
  });
});
