import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { COLUMNS, CSV_BOM, csvJoin } from "@server/features/premises-register/index.ts";

/**
 * The fields of a premises that the open data publishes: what the public premises page shows, and
 * nothing kept for the office alone (no search key, no record timestamps beyond the last change, no
 * reservation, lease, tenant, file uploader or audit trail; the premises record has no officer data).
 * Paths as in PremisesDetail. The CSV writes these in the register's own columns, so the importer reads
 * it back; a register column outside this list is left out of the public CSV.
 */
export const PUBLIC_PREMISES_FIELDS = [
  "inventoryCode", "street", "buildingNo", "unitNo", "postalCode", "district", "lat", "lng",
  "usableArea", "floor", "rooms", "separateEntrance", "shopWindow", "allowedUses",
  "condition", "lastInspection", "worksNeeded", "worksCost", "heritage",
  "utilities.electricity", "utilities.water", "utilities.sewage", "utilities.gas", "utilities.heating", "utilities.toilet",
  "accessibility.stepFreeEntrance", "accessibility.ramp", "accessibility.lift", "accessibility.doorWidthCm",
  "accessibility.levelFloor", "accessibility.accessibleToilet", "accessibility.disabledParking",
  "accessibility.contrastMarkings", "accessibility.inductionLoop",
  "accessibilityLevel", "baseRent", "status", "socialPool", "availableFrom", "description",
] as const;

/** Beside those in the GeoJSON: the id (the public page is /premises/{id}) and the last change. */
export const GEOJSON_EXTRA_PROPERTIES = ["id", "updatedAt"] as const;

const publicSet = new Set<string>(PUBLIC_PREMISES_FIELDS);
const PUBLIC_COLUMNS = COLUMNS.filter((c) => publicSet.has(c.field));
const LEVEL_HEADER = "Poziom dostępności";
const LEVEL_WORDS = { full: "pełna", partial: "częściowa", none: "brak" } as const;

function valueAt(record: PremisesDetail, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], record);
}

export function publicCsvHeader(): string {
  return CSV_BOM + csvJoin([...PUBLIC_COLUMNS.map((c) => c.header), LEVEL_HEADER]);
}

export function publicCsvLine(p: PremisesDetail): string {
  const cells = PUBLIC_COLUMNS.map((c) => c.cell.write(valueAt(p, c.field)));
  cells.push(LEVEL_WORDS[p.accessibilityLevel]);
  return csvJoin(cells);
}

/** A GeoJSON feature with exactly the public fields (nested ones kept nested) plus GEOJSON_EXTRA_PROPERTIES. */
export function publicFeature(p: PremisesDetail): string {
  const properties: Record<string, unknown> = { id: p.id };
  for (const field of PUBLIC_PREMISES_FIELDS) {
    if (field === "lat" || field === "lng") continue;
    const [head, tail] = field.split(".") as [string, string | undefined];
    if (tail === undefined) properties[head] = valueAt(p, field);
    else ((properties[head] ??= {}) as Record<string, unknown>)[tail] = valueAt(p, field);
  }
  properties.updatedAt = p.updatedAt;
  return JSON.stringify({ type: "Feature", geometry: { type: "Point", coordinates: [p.lng, p.lat] }, properties });
}
