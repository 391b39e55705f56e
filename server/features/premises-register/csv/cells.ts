import { CONDITIONS, HEATING, STATUSES, TOILETS, USES } from "@shared/contracts/premises.ts";
import { DISTRICTS } from "@shared/districts.ts";
import { isIsoDate } from "@shared/domain/dates.ts";
import { readDecimalDigits } from "@shared/domain/decimal-text.ts";
import { normalizeSearch } from "@shared/text.ts";

/**
 * How one spreadsheet cell is read and written, in the words and number formats of a Polish city
 * spreadsheet: decimal commas, "tak/nie", district names, dates as 14.09.2025.
 */
export type CellResult = { ok: true; value: unknown } | { ok: false; code: string };
export interface Cell {
  read(raw: string): CellResult;
  write(value: unknown): string;
}

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (code: string): CellResult => ({ ok: false, code });

// Spreadsheets turn "=..." into a formula; an apostrophe in front keeps it text (and is read back off).
const FORMULA_START = /^[=+\-@\t\r]/;
function unguard(raw: string): string {
  return raw.startsWith("'") && FORMULA_START.test(raw.slice(1)) ? raw.slice(1) : raw;
}
function guard(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text of a written cell: a premises record's values are strings, numbers and booleans. */
function plain(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}

export const text = (options: { nullable?: boolean } = {}): Cell => ({
  read: (raw) => {
    const value = unguard(raw.trim());
    return ok(value === "" && options.nullable ? null : value);
  },
  write: (value) => guard(value === null || value === undefined ? "" : plain(value)),
});

const UNIT_SUFFIX = /\s*(zł\s*\/\s*m²|zł\s*\/\s*m2|zł|pln|m²|m2)\s*$/i;

/**
 * "42,50", "1 234,56 zł", "42.5" -> "42.50"; never through a binary float, nor a Decimal object per
 * cell: the digits as read are already exact (readDecimalDigits is parseDecimal's own grammar).
 */
export const decimal = (options: { nullable?: boolean } = {}): Cell => ({
  read: (raw) => {
    const trimmed = raw.trim().replace(UNIT_SUFFIX, "");
    if (trimmed === "") return options.nullable ? ok(null) : fail("required");
    const digits = readDecimalDigits(trimmed, 2);
    if (digits === null) return fail("decimal.invalid");
    const { negative, whole, fraction } = digits;
    const zero = /^0*$/.test(whole + fraction);
    return ok(`${negative && !zero ? "-" : ""}${whole}.${fraction.padEnd(2, "0")}`);
  },
  write: (value) => (value === null || value === undefined ? "" : plain(value).replace(".", ",")),
});

export const integer = (options: { nullable?: boolean; words?: Record<string, number> } = {}): Cell => ({
  read: (raw) => {
    const trimmed = raw.trim().replace(/\s*cm$/i, "");
    if (trimmed === "") return options.nullable ? ok(null) : fail("required");
    const word = options.words?.[normalizeSearch(trimmed)];
    if (word !== undefined) return ok(word);
    return /^-?\d{1,6}$/.test(trimmed) ? ok(Number(trimmed)) : fail("csv.integer");
  },
  write: (value) => (value === null || value === undefined ? "" : plain(value)),
});

export const coordinate: Cell = {
  read: (raw) => {
    const trimmed = raw.trim();
    if (trimmed === "") return fail("required");
    return /^-?\d{1,3}([.,]\d{1,12})?$/.test(trimmed) ? ok(Number(trimmed.replace(",", "."))) : fail("csv.coordinate");
  },
  write: (value) => plain(value).replace(".", ","),
};

const YES = new Set(["tak", "t", "1", "x", "true", "yes"]);
const NO = new Set(["nie", "n", "0", "false", "no", ""]);

/** An empty cell is "nie": a feature that nobody recorded is not promised to anyone. */
export const boolean: Cell = {
  read: (raw) => {
    // "tak" and "nie" as the export writes them need no normalizing (most cells of a large file).
    const word = YES.has(raw) || NO.has(raw) ? raw : normalizeSearch(raw);
    if (YES.has(word)) return ok(true);
    return NO.has(word) ? ok(false) : fail("csv.boolean");
  },
  write: (value) => (value ? "tak" : "nie"),
};

const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

export const date: Cell = {
  read: (raw) => {
    const trimmed = raw.trim();
    if (trimmed === "") return ok(null);
    const dotted = DOTTED_DATE.exec(trimmed);
    const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, "0")}-${dotted[1]!.padStart(2, "0")}` : trimmed;
    if (isIsoDate(iso)) return ok(iso);
    // "31.02.2025" is written right but is no day: say so, not that the format is wrong.
    return fail(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? "date.nonexistent" : "csv.date");
  },
  write: (value) => {
    if (typeof value !== "string") return "";
    const [y, m, d] = value.split("-");
    return `${d}.${m}.${y}`;
  },
};

/** A closed vocabulary: Polish words (any case, with or without diacritics) or the API's own ids. */
function vocabulary<T extends string>(ids: readonly T[], words: Record<T, string[]>, code: string, prefix?: RegExp): Cell & { lookup(raw: string): T | undefined } {
  const index = new Map<string, T>();
  // The ids and the words exactly as written (the export writes the first word): found without normalizing.
  const exact = new Map<string, T>();
  for (const id of ids) {
    index.set(id, id);
    exact.set(id, id);
    for (const word of words[id]) {
      index.set(normalizeSearch(word), id);
      exact.set(word, id);
    }
  }
  const lookup = (raw: string) => {
    const found = exact.get(raw);
    if (found !== undefined) return found;
    const word = normalizeSearch(raw).replace(prefix ?? /^$/, "").trim();
    return index.get(word) ?? index.get(word.replace(/ /g, "-"));
  };
  return {
    lookup,
    read: (raw) => {
      const id = lookup(raw);
      return id === undefined ? fail(raw.trim() === "" ? "required" : code) : ok(id);
    },
    write: (value) => words[value as T]?.[0] ?? plain(value),
  };
}

export const condition = vocabulary(CONDITIONS, {
  "good": ["dobry", "bardzo dobry"],
  "fair": ["zadowalający", "dostateczny", "średni"],
  "poor": ["zły", "słaby"],
  "needs-renovation": ["do remontu", "do kapitalnego remontu", "wymaga remontu"],
}, "csv.condition");

export const status = vocabulary(STATUSES, {
  "available": ["dostępny", "wolny"],
  "reserved": ["zarezerwowany"],
  "leased": ["wynajęty"],
  "under-renovation": ["w remoncie"],
  "withdrawn": ["wycofany"],
}, "csv.status");

export const heating = vocabulary(HEATING, {
  "district": ["miejskie", "sieć miejska", "ciepło miejskie", "msc"],
  "gas": ["gazowe"],
  "electric": ["elektryczne"],
  "solid-fuel": ["na paliwo stałe", "paliwo stałe", "piec", "węglowe"],
  "none": ["brak"],
}, "csv.heating", /^ogrzewanie /);

export const toilet = vocabulary(TOILETS, {
  "in-unit": ["w lokalu"],
  "shared": ["wspólne", "wspólny"],
  "none": ["brak"],
}, "csv.toilet", /^wc /);

const use = vocabulary(USES, {
  gastronomy: ["gastronomia"],
  retail: ["handel"],
  services: ["usługi"],
  office: ["biuro", "biurowe"],
  workshop: ["warsztat"],
  storage: ["magazyn"],
  community: ["działalność społeczna", "społeczna"],
}, "csv.use");

/** "gastronomia, handel" (commas, or "|" and "/" in a comma-separated file). */
export const uses: Cell = {
  read: (raw) => {
    const parts = raw.split(/[,|/]/).map((p) => p.trim()).filter((p) => p !== "");
    if (parts.length === 0) return fail("uses.required");
    const ids = parts.map((p) => use.lookup(p));
    return ids.some((id) => id === undefined) ? fail("csv.use") : ok([...new Set(ids)]);
  },
  write: (value) => (value as string[]).map((id) => use.write(id)).join(", "),
};

const districtIndex = new Map<string, string>();
const districtExact = new Map<string, string>();
for (const [i, d] of DISTRICTS.entries()) {
  districtExact.set(d.name, d.id);
  districtExact.set(d.id, d.id);
  for (const key of [d.id, d.name, d.number, `${d.number} ${d.name}`, `dzielnica ${d.number}`, `dzielnica ${d.name}`, String(i + 1)]) {
    districtIndex.set(normalizeSearch(key).replace(/[^a-z0-9]+/g, " ").trim(), d.id);
  }
}

/** "Stare Miasto", "I", "Dzielnica I", "I Stare Miasto" or "stare-miasto". */
export const district: Cell = {
  read: (raw) => {
    if (raw.trim() === "") return fail("required");
    const id = districtExact.get(raw) ?? districtIndex.get(normalizeSearch(raw).replace(/[^a-z0-9]+/g, " ").trim());
    return id === undefined ? fail("csv.district") : ok(id);
  },
  write: (value) => DISTRICTS.find((d) => d.id === value)?.name ?? plain(value),
};
