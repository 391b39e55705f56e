import type { PremisesFilter, AccessibilityFeature } from "@shared/contracts/premises.ts";
import { MIN_DOOR_WIDTH_CM } from "@shared/domain/accessibility.ts";
import { searchKey } from "@shared/text.ts";
import type { Prisma } from "@server/generated/prisma/client.ts";
import { enumToDb } from "./mapper.ts";

const FEATURE_WHERE: Record<AccessibilityFeature, Prisma.PremisesWhereInput> = {
  stepFreeEntrance: { stepFreeEntrance: true },
  ramp: { ramp: true },
  lift: { lift: true },
  wideDoor: { doorWidthCm: { gte: MIN_DOOR_WIDTH_CM } },
  levelFloor: { levelFloor: true },
  accessibleToilet: { accessibleToilet: true },
  disabledParking: { disabledParking: true },
  contrastMarkings: { contrastMarkings: true },
  inductionLoop: { inductionLoop: true },
};

/** The catalogue filters as a Prisma condition: portable, no provider-specific SQL. */
export function premisesWhere(f: PremisesFilter): Prisma.PremisesWhereInput {
  const and: Prisma.PremisesWhereInput[] = [];
  if (f.status.length) and.push({ status: { in: f.status.map((s) => enumToDb(s)) } });
  if (f.district?.length) and.push({ district: { in: f.district } });
  if (f.minArea !== undefined) and.push({ usableAreaDm2: { gte: f.minArea } });
  if (f.maxArea !== undefined) and.push({ usableAreaDm2: { lte: f.maxArea } });
  if (f.maxRent !== undefined) and.push({ baseRateGrosze: { lte: f.maxRent } });
  if (f.condition?.length) and.push({ condition: { in: f.condition.map((c) => enumToDb(c)) } });
  if (f.accessibility?.length) and.push({ accessibilityLevel: { in: f.accessibility } });
  for (const feature of new Set(f.features ?? [])) and.push(FEATURE_WHERE[feature]);
  if (f.use?.length) and.push({ uses: { some: { use: { in: f.use } } } });
  if (f.socialPool !== undefined) and.push({ socialPool: f.socialPool });
  if (f.bbox) {
    and.push({ lat: { gte: f.bbox.minLat, lte: f.bbox.maxLat }, lng: { gte: f.bbox.minLng, lte: f.bbox.maxLng } });
  }
  if (f.q) {
    const q = searchKey(f.q);
    if (q) and.push({ searchText: { contains: q } });
  }
  return { AND: and };
}
