import { hundredthsFromString, hundredthsToString } from "@shared/contracts/common.ts";
import type { PremisesDetail, PremisesInput, PremisesSummary } from "@shared/contracts/premises.ts";
import type { CalendarDate } from "@shared/domain/dates.ts";
import { accessibilityLevel } from "@shared/domain/accessibility.ts";
import { districtById, type DistrictId } from "@shared/districts.ts";
import { searchKey } from "@shared/text.ts";
import type { Prisma, Premises, PremisesUse } from "@server/generated/prisma/client.ts";

// The database spells enum values with underscores; the API with hyphens.
const toDb = <T extends string>(value: string) => value.replace(/-/g, "_") as T;
const fromDb = <T extends string>(value: string) => value.replace(/_/g, "-") as T;
// Calendar dates are stored as they travel: "YYYY-MM-DD" text (shared/domain/dates.ts CalendarDate).
const isoDate = (d: CalendarDate | null) => d;
const date = (s: CalendarDate | null) => s;

function exactHundredths(value: string): number {
  const parsed = hundredthsFromString(value);
  if (parsed === null) throw new Error(`not an exact decimal: ${value}`);
  return parsed;
}

export function searchTextOf(p: Pick<PremisesInput, "street" | "buildingNo" | "unitNo" | "postalCode" | "district" | "inventoryCode">): string {
  const district = districtById(p.district)?.name ?? p.district;
  const address = `${p.street} ${p.buildingNo}${p.unitNo ? `/${p.unitNo}` : ""}`;
  return searchKey(`${address} | ${p.postalCode} | ${district} | ${p.inventoryCode}`);
}

/** The columns of a premises, from validated input. Never spreads the request body. */
export function premisesData(p: PremisesInput): Omit<Prisma.PremisesUncheckedCreateInput, "id"> {
  const a = p.accessibility;
  return {
    inventoryCode: p.inventoryCode,
    street: p.street,
    buildingNo: p.buildingNo,
    unitNo: p.unitNo,
    postalCode: p.postalCode,
    district: p.district,
    lat: p.lat,
    lng: p.lng,
    searchText: searchTextOf(p),
    usableAreaDm2: exactHundredths(p.usableArea),
    floor: p.floor,
    rooms: p.rooms,
    separateEntrance: p.separateEntrance,
    shopWindow: p.shopWindow,
    condition: toDb(p.condition),
    lastInspection: date(p.lastInspection),
    worksNeeded: p.worksNeeded,
    worksCostGrosze: p.worksCost === null ? null : exactHundredths(p.worksCost),
    heritage: p.heritage,
    electricity: p.utilities.electricity,
    water: p.utilities.water,
    sewage: p.utilities.sewage,
    gas: p.utilities.gas,
    heating: toDb(p.utilities.heating),
    toilet: toDb(p.utilities.toilet),
    stepFreeEntrance: a.stepFreeEntrance,
    ramp: a.ramp,
    lift: a.lift,
    doorWidthCm: a.doorWidthCm,
    levelFloor: a.levelFloor,
    accessibleToilet: a.accessibleToilet,
    disabledParking: a.disabledParking,
    contrastMarkings: a.contrastMarkings,
    inductionLoop: a.inductionLoop,
    accessibilityLevel: accessibilityLevel({ floor: p.floor, ...a }),
    baseRateGrosze: exactHundredths(p.baseRent),
    status: toDb(p.status),
    socialPool: p.socialPool,
    availableFrom: date(p.availableFrom),
    description: p.description,
  };
}

type Row = Premises & { uses: Pick<PremisesUse, "use">[] };

const usesOf = (row: Pick<Row, "uses">) => row.uses.map((u) => u.use).sort() as PremisesDetail["allowedUses"];

export function toDetail(row: Row): PremisesDetail {
  return {
    id: row.id,
    inventoryCode: row.inventoryCode,
    street: row.street,
    buildingNo: row.buildingNo,
    unitNo: row.unitNo,
    postalCode: row.postalCode,
    district: row.district as DistrictId,
    lat: row.lat,
    lng: row.lng,
    usableArea: hundredthsToString(row.usableAreaDm2),
    floor: row.floor,
    rooms: row.rooms,
    separateEntrance: row.separateEntrance,
    shopWindow: row.shopWindow,
    allowedUses: usesOf(row),
    condition: fromDb(row.condition),
    lastInspection: isoDate(row.lastInspection),
    worksNeeded: row.worksNeeded,
    worksCost: row.worksCostGrosze === null ? null : hundredthsToString(row.worksCostGrosze),
    heritage: row.heritage,
    utilities: {
      electricity: row.electricity, water: row.water, sewage: row.sewage, gas: row.gas,
      heating: fromDb(row.heating), toilet: fromDb(row.toilet),
    },
    accessibility: {
      stepFreeEntrance: row.stepFreeEntrance, ramp: row.ramp, lift: row.lift, doorWidthCm: row.doorWidthCm,
      levelFloor: row.levelFloor, accessibleToilet: row.accessibleToilet, disabledParking: row.disabledParking,
      contrastMarkings: row.contrastMarkings, inductionLoop: row.inductionLoop,
    },
    accessibilityLevel: row.accessibilityLevel,
    baseRent: hundredthsToString(row.baseRateGrosze),
    status: fromDb(row.status),
    socialPool: row.socialPool,
    availableFrom: isoDate(row.availableFrom),
    description: row.description,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const summarySelect = {
  id: true, inventoryCode: true, street: true, buildingNo: true, unitNo: true, postalCode: true,
  district: true, lat: true, lng: true, usableAreaDm2: true, floor: true, condition: true,
  accessibilityLevel: true, baseRateGrosze: true, status: true, socialPool: true, availableFrom: true,
  uses: { select: { use: true } },
} as const satisfies Prisma.PremisesSelect;

export type SummaryRow = Prisma.PremisesGetPayload<{ select: typeof summarySelect }>;

/** The summary but its photo, which the list adds from the files (photo-repository.ts). */
export function toSummary(row: SummaryRow): Omit<PremisesSummary, "photo"> {
  return {
    id: row.id,
    inventoryCode: row.inventoryCode,
    street: row.street,
    buildingNo: row.buildingNo,
    unitNo: row.unitNo,
    postalCode: row.postalCode,
    district: row.district as DistrictId,
    lat: row.lat,
    lng: row.lng,
    usableArea: hundredthsToString(row.usableAreaDm2),
    floor: row.floor,
    condition: fromDb(row.condition),
    accessibilityLevel: row.accessibilityLevel,
    allowedUses: usesOf(row),
    baseRent: hundredthsToString(row.baseRateGrosze),
    status: fromDb(row.status),
    socialPool: row.socialPool,
    availableFrom: isoDate(row.availableFrom),
  };
}

export const featureSelect = {
  id: true, inventoryCode: true, street: true, buildingNo: true, unitNo: true, district: true,
  lat: true, lng: true, usableAreaDm2: true, baseRateGrosze: true, accessibilityLevel: true,
  condition: true, status: true, socialPool: true,
} as const satisfies Prisma.PremisesSelect;

type FeatureRow = Prisma.PremisesGetPayload<{ select: typeof featureSelect }>;

export function toFeature(row: FeatureRow) {
  return {
    type: "Feature" as const,
    geometry: { type: "Point" as const, coordinates: [row.lng, row.lat] as [number, number] },
    properties: {
      id: row.id,
      code: row.inventoryCode,
      address: `${row.street} ${row.buildingNo}${row.unitNo ? `/${row.unitNo}` : ""}`,
      district: row.district as DistrictId,
      area: hundredthsToString(row.usableAreaDm2),
      rent: hundredthsToString(row.baseRateGrosze),
      level: row.accessibilityLevel,
      condition: fromDb(row.condition),
      status: fromDb(row.status),
      socialPool: row.socialPool,
    },
  };
}

export { toDb as enumToDb };
