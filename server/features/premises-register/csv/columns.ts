import { normalizeSearch } from "@shared/text.ts";
import * as cell from "./cells.ts";
import type { Cell } from "./cells.ts";

/**
 * The columns of the register's spreadsheet, in export order. `field` is the path in PremisesInput.
 * A required column must be in the header; an optional one may be left out (its cells count as empty).
 */
export interface Column {
  header: string;
  field: string;
  cell: Cell;
  required: boolean;
  aliases?: string[];
}

const col = (header: string, field: string, c: Cell, required = true, aliases: string[] = []): Column =>
  ({ header, field, cell: c, required, aliases });

export const COLUMNS: Column[] = [
  col("Kod inwentarzowy", "inventoryCode", cell.text(), true, ["kod", "nr inwentarzowy"]),
  col("Ulica", "street", cell.text(), true, ["adres"]),
  col("Nr budynku", "buildingNo", cell.text(), true, ["numer budynku", "nr domu"]),
  col("Nr lokalu", "unitNo", cell.text({ nullable: true }), false, ["numer lokalu"]),
  col("Kod pocztowy", "postalCode", cell.text()),
  col("Dzielnica", "district", cell.district),
  col("Szerokość", "lat", cell.coordinate, true, ["szerokość geograficzna", "lat"]),
  col("Długość", "lng", cell.coordinate, true, ["długość geograficzna", "lng", "lon"]),
  col("Powierzchnia użytkowa [m²]", "usableArea", cell.decimal(), true, ["powierzchnia"]),
  col("Kondygnacja", "floor", cell.integer({ words: { parter: 0, piwnica: -1, suterena: -1 } }), true, ["piętro"]),
  col("Liczba pomieszczeń", "rooms", cell.integer()),
  col("Osobne wejście", "separateEntrance", cell.boolean),
  col("Witryna", "shopWindow", cell.boolean),
  col("Przeznaczenie", "allowedUses", cell.uses, true, ["dozwolone przeznaczenie"]),
  col("Stan techniczny", "condition", cell.condition, true, ["stan"]),
  col("Data przeglądu", "lastInspection", cell.date, false, ["ostatni przegląd"]),
  col("Potrzebne prace", "worksNeeded", cell.text({ nullable: true }), false),
  col("Koszt prac [zł]", "worksCost", cell.decimal({ nullable: true }), false),
  col("Zabytek", "heritage", cell.boolean),
  col("Prąd", "utilities.electricity", cell.boolean, true, ["energia elektryczna"]),
  col("Woda", "utilities.water", cell.boolean),
  col("Kanalizacja", "utilities.sewage", cell.boolean),
  col("Gaz", "utilities.gas", cell.boolean),
  col("Ogrzewanie", "utilities.heating", cell.heating),
  col("WC", "utilities.toilet", cell.toilet, true, ["toaleta"]),
  col("Wejście bez schodów", "accessibility.stepFreeEntrance", cell.boolean),
  col("Pochylnia", "accessibility.ramp", cell.boolean, true, ["podjazd"]),
  col("Winda", "accessibility.lift", cell.boolean),
  col("Szerokość drzwi [cm]", "accessibility.doorWidthCm", cell.integer({ nullable: true }), false),
  col("Brak progów", "accessibility.levelFloor", cell.boolean),
  col("Toaleta dostępna", "accessibility.accessibleToilet", cell.boolean, true, ["toaleta dla osób z niepełnosprawnością"]),
  col("Miejsce parkingowe dla osób z niepełnosprawnością", "accessibility.disabledParking", cell.boolean, true, ["miejsce parkingowe"]),
  col("Oznaczenia kontrastowe/dotykowe", "accessibility.contrastMarkings", cell.boolean, true, ["oznaczenia kontrastowe"]),
  col("Pętla indukcyjna", "accessibility.inductionLoop", cell.boolean),
  col("Stawka bazowa [zł/m²]", "baseRent", cell.decimal(), true, ["stawka"]),
  col("Status", "status", cell.status),
  col("Pula społeczna", "socialPool", cell.boolean),
  col("Dostępny od", "availableFrom", cell.date, false),
  col("Opis", "description", cell.text(), false),
];

/** Written by the export for people to read; derived from the other columns, so the import skips it. */
export const DERIVED_HEADERS = ["Poziom dostępności"];

/** Header cells compare without case, diacritics, units in brackets and punctuation. */
export function headerKey(header: string): string {
  return normalizeSearch(header.replace(/\[[^\]]*\]|\([^)]*\)/g, " ")).replace(/[^a-z0-9]+/g, " ").trim();
}

const byKey = new Map<string, Column>();
for (const column of COLUMNS) {
  for (const name of [column.header, column.field, ...(column.aliases ?? [])]) byKey.set(headerKey(name), column);
}
const derivedKeys = new Set(DERIVED_HEADERS.map(headerKey));

export function columnByHeader(header: string): Column | "derived" | undefined {
  const key = headerKey(header);
  return derivedKeys.has(key) ? "derived" : byKey.get(key);
}

export function columnOfField(field: string): Column | undefined {
  return COLUMNS.find((c) => field === c.field || field.startsWith(`${c.field}.`));
}
