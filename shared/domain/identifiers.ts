// Polish register numbers. Each check takes the number as people write it (675-14-71-246,
// "122 484 153") and returns the bare digits to store, or why it was refused.

export type IdentifierCheck = { ok: true; value: string } | { ok: false; reason: "format" | "checksum" };

/** Drops the spaces and dashes people put in identifiers; any other character is kept (and then refused). */
export function normalizeDigits(s: string): string {
  return s.replace(/[\s\u00a0\u202f\-\u2010-\u2015]/g, "");
}

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;

/** NIP: 10 digits; the EU VAT form with a "PL" prefix is accepted too. */
export function validateNip(s: string): IdentifierCheck {
  const digits = normalizeDigits(s).replace(/^PL/i, "");
  if (!/^\d{10}$/.test(digits)) return { ok: false, reason: "format" };
  // A remainder of 10 cannot be a check digit: no valid NIP has it.
  const check = weightedSum(digits, NIP_WEIGHTS) % 11;
  return check === Number(digits[9]) ? { ok: true, value: digits } : { ok: false, reason: "checksum" };
}

function regonCheckDigit(digits: string, weights: readonly number[]): number {
  return (weightedSum(digits, weights) % 11) % 10;
}

/** REGON: 9 digits, or 14 digits for a local unit whose first 9 digits are the parent's valid REGON. */
export function validateRegon(s: string): IdentifierCheck {
  const digits = normalizeDigits(s);
  if (!/^(\d{9}|\d{14})$/.test(digits)) return { ok: false, reason: "format" };
  const valid9 = regonCheckDigit(digits, REGON9_WEIGHTS) === Number(digits[8]);
  const valid14 = digits.length === 9 || regonCheckDigit(digits, REGON14_WEIGHTS) === Number(digits[13]);
  return valid9 && valid14 ? { ok: true, value: digits } : { ok: false, reason: "checksum" };
}

/**
 * KRS: 10 digits, no check digit. The leading zeros are often dropped in writing ("KRS 407870"),
 * so shorter numbers are padded; the stored value always has 10 digits.
 */
export function validateKrs(s: string): IdentifierCheck {
  const digits = normalizeDigits(s).replace(/^KRS/i, "");
  if (!/^\d{1,10}$/.test(digits) || /^0+$/.test(digits)) return { ok: false, reason: "format" };
  return { ok: true, value: digits.padStart(10, "0") };
}
