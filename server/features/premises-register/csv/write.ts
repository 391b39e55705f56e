import type { PremisesInput } from "@shared/contracts/premises.ts";
import { accessibilityLevel, type AccessibilityLevel } from "@shared/domain/accessibility.ts";
import { COLUMNS, DERIVED_HEADERS } from "./columns.ts";

/** The register as a spreadsheet: the import's columns, semicolons, decimal commas, CRLF lines. */
const SEPARATOR = ";";
const LEVEL_WORDS: Record<AccessibilityLevel, string> = { full: "pełna", partial: "częściowa", none: "brak" };

/** Excel opens a semicolon CSV with Polish letters intact only when it starts with a BOM. */
export const CSV_BOM = "\ufeff";

function quote(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function valueAt(record: PremisesInput, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], record);
}

export function csvHeaderLine(): string {
  return [...COLUMNS.map((c) => c.header), ...DERIVED_HEADERS].map(quote).join(SEPARATOR) + "\r\n";
}

/** The cells of one premises, in the order of csvHeaderLine(). */
export function csvCells(record: PremisesInput): string[] {
  const cells = COLUMNS.map((c) => c.cell.write(valueAt(record, c.field)));
  cells.push(LEVEL_WORDS[accessibilityLevel({ floor: record.floor, ...record.accessibility })]);
  return cells;
}

export function csvJoin(cells: string[]): string {
  return cells.map(quote).join(SEPARATOR) + "\r\n";
}

export function csvLine(record: PremisesInput): string {
  return csvJoin(csvCells(record));
}
