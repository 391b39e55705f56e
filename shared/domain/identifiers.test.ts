import { describe, expect, it } from "vitest";
import { normalizeDigits, validateKrs, validateNip, validateRegon } from "./identifiers.ts";

describe("normalizing identifiers", () => {
  it("drops spaces and dashes and keeps anything else", () => {
    expect(normalizeDigits(" 675-14-71 246 ")).toBe("6751471246");
    expect(normalizeDigits("675–14–71–246")).toBe("6751471246"); // en dashes from a word processor
    expect(normalizeDigits("12a")).toBe("12a");
  });
});

describe("NIP", () => {
  // Fundacja Przestrzeń Rozwoju, 675-14-71-246. Weights 6,5,7,2,3,4,5,6,7 on 6,7,5,1,4,7,1,2,4:
  // 36 + 35 + 35 + 2 + 12 + 28 + 5 + 12 + 28 = 193; 193 mod 11 = 193 − 187 = 6 = the tenth digit.
  it("accepts the foundation's NIP as written, with dashes, spaces or the PL prefix", () => {
    for (const written of ["675-14-71-246", "6751471246", "675 147 12 46", "PL6751471246"]) {
      expect(validateNip(written)).toEqual({ ok: true, value: "6751471246" });
    }
  });

  it("refuses a NIP whose last digit does not match the checksum", () => {
    // Same first nine digits, so the check digit must be 6, not 7.
    expect(validateNip("675-14-71-247")).toEqual({ ok: false, reason: "checksum" });
  });

  it("refuses a NIP whose checksum remainder is 10, whatever the last digit", () => {
    // 123456789?: 6·1 + 5·2 + 7·3 + 2·4 + 3·5 + 4·6 + 5·7 + 6·8 + 7·9 = 6+10+21+8+15+24+35+48+63 = 230;
    // 230 mod 11 = 230 − 220 = 10, which no single digit can equal.
    for (let last = 0; last <= 9; last++) {
      expect(validateNip(`123456789${last}`)).toEqual({ ok: false, reason: "checksum" });
    }
  });

  it("refuses a NIP with the wrong number of digits or letters", () => {
    expect(validateNip("675147124")).toEqual({ ok: false, reason: "format" });
    expect(validateNip("67514712466")).toEqual({ ok: false, reason: "format" });
    expect(validateNip("675147124X")).toEqual({ ok: false, reason: "format" });
    expect(validateNip("")).toEqual({ ok: false, reason: "format" });
  });
});

describe("REGON", () => {
  // 122484153: weights 8,9,2,3,4,5,6,7 on 1,2,2,4,8,4,1,5:
  // 8 + 18 + 4 + 12 + 32 + 20 + 6 + 35 = 135; 135 mod 11 = 135 − 132 = 3; 3 mod 10 = 3 = the ninth digit.
  it("accepts the foundation's 9-digit REGON", () => {
    expect(validateRegon("122484153")).toEqual({ ok: true, value: "122484153" });
    expect(validateRegon("122-484-153")).toEqual({ ok: true, value: "122484153" });
  });

  it("refuses a 9-digit REGON with a wrong check digit", () => {
    expect(validateRegon("122484154")).toEqual({ ok: false, reason: "checksum" });
  });

  it("uses 0 as the check digit when the remainder is 10", () => {
    // 00010001?: weights 8,9,2,3,4,5,6,7 → 3·1 + 7·1 = 10; 10 mod 11 = 10; 10 mod 10 = 0.
    expect(validateRegon("000100010")).toEqual({ ok: true, value: "000100010" });
    expect(validateRegon("000100011")).toEqual({ ok: false, reason: "checksum" });
  });

  // A local unit of the foundation: 122484153 + unit number 0001 + check digit.
  // Weights 2,4,8,5,0,9,7,3,6,1,2,4,8 on 1,2,2,4,8,4,1,5,3,0,0,0,1:
  // 2 + 8 + 16 + 20 + 0 + 36 + 7 + 15 + 18 + 0 + 0 + 0 + 8 = 130; 130 mod 11 = 130 − 121 = 9; 9 mod 10 = 9.
  it("accepts a 14-digit REGON of a local unit of a valid parent", () => {
    expect(validateRegon("12248415300019")).toEqual({ ok: true, value: "12248415300019" });
    expect(validateRegon("122484153 0001 9")).toEqual({ ok: true, value: "12248415300019" });
  });

  it("refuses a 14-digit REGON with a wrong last digit", () => {
    expect(validateRegon("12248415300018")).toEqual({ ok: false, reason: "checksum" });
  });

  it("refuses a 14-digit REGON whose first nine digits are not a valid REGON", () => {
    // Parent 122484154 (check digit should be 3). With unit 0001 the 14-digit sum is
    // 130 − 6·3 + 6·4 = 136 (only the 9th digit changed, weight 6); 136 mod 11 = 136 − 132 = 4,
    // so 12248415400014 passes the 14-digit check but not the 9-digit one.
    expect(validateRegon("12248415400014")).toEqual({ ok: false, reason: "checksum" });
  });

  it("refuses REGONs of other lengths", () => {
    expect(validateRegon("12248415")).toEqual({ ok: false, reason: "format" });
    expect(validateRegon("1224841530001")).toEqual({ ok: false, reason: "format" });
    expect(validateRegon("12248415A")).toEqual({ ok: false, reason: "format" });
  });
});

describe("KRS", () => {
  // KRS has no check digit: ten digits with leading zeros is all there is to check.
  it("accepts the foundation's KRS with or without its leading zeros", () => {
    expect(validateKrs("0000407870")).toEqual({ ok: true, value: "0000407870" });
    expect(validateKrs("407870")).toEqual({ ok: true, value: "0000407870" });
    expect(validateKrs("KRS 0000407870")).toEqual({ ok: true, value: "0000407870" });
  });

  it("refuses letters, more than ten digits, and all zeros", () => {
    expect(validateKrs("00004O7870")).toEqual({ ok: false, reason: "format" });
    expect(validateKrs("00000407870")).toEqual({ ok: false, reason: "format" });
    expect(validateKrs("0000000000")).toEqual({ ok: false, reason: "format" });
    expect(validateKrs("")).toEqual({ ok: false, reason: "format" });
  });
});
