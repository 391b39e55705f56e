import type { PremisesFilter, AccessibilityFeature } from "@shared/contracts/premises.ts";
import { MIN_DOOR_WIDTH_CM } from "@shared/domain/accessibility.ts";
import { searchKey } from "@shared/text.ts";
import { Prisma } from "@server/generated/prisma/client.ts";
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

const FEATURE_SQL: Record<AccessibilityFeature, Prisma.Sql> = {
  stepFreeEntrance: Prisma.sql`"stepFreeEntrance" = TRUE`,
  ramp: Prisma.sql`"ramp" = TRUE`,
  lift: Prisma.sql`"lift" = TRUE`,
  wideDoor: Prisma.sql`"doorWidthCm" >= ${MIN_DOOR_WIDTH_CM}`,
  levelFloor: Prisma.sql`"levelFloor" = TRUE`,
  accessibleToilet: Prisma.sql`"accessibleToilet" = TRUE`,
  disabledParking: Prisma.sql`"disabledParking" = TRUE`,
  contrastMarkings: Prisma.sql`"contrastMarkings" = TRUE`,
  inductionLoop: Prisma.sql`"inductionLoop" = TRUE`,
};

/**
 * The same conditions as premisesWhere, as SQL that SQLite and PostgreSQL both read (TRUE, IN lists,
 * LIKE on the search key, which holds no LIKE wildcards: shared/text.ts), for the hand-written list
 * (list-repository.ts). Columns of "Premises" unqualified; tests/api/premises-list-sql.test.ts holds
 * both to the same rows.
 */
export function premisesWhereSql(f: PremisesFilter): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  const inList = (column: string, values: readonly (string | number)[]) => and.push(Prisma.sql`${Prisma.raw(`"${column}"`)} IN (${Prisma.join(values)})`);
  if (f.status.length) inList("status", f.status.map((s) => enumToDb(s)));
  if (f.district?.length) inList("district", f.district);
  if (f.minArea !== undefined) and.push(Prisma.sql`"usableAreaDm2" >= ${f.minArea}`);
  if (f.maxArea !== undefined) and.push(Prisma.sql`"usableAreaDm2" <= ${f.maxArea}`);
  if (f.maxRent !== undefined) and.push(Prisma.sql`"baseRateGrosze" <= ${f.maxRent}`);
  if (f.condition?.length) inList("condition", f.condition.map((c) => enumToDb(c)));
  if (f.accessibility?.length) inList("accessibilityLevel", f.accessibility);
  for (const feature of new Set(f.features ?? [])) and.push(FEATURE_SQL[feature]);
  if (f.use?.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "PremisesUse" u WHERE u."premisesId" = "Premises"."id" AND u."use" IN (${Prisma.join(f.use)}))`);
  }
  if (f.socialPool !== undefined) and.push(f.socialPool ? Prisma.sql`"socialPool" = TRUE` : Prisma.sql`"socialPool" = FALSE`);
  if (f.bbox) {
    and.push(Prisma.sql`"lat" >= ${f.bbox.minLat} AND "lat" <= ${f.bbox.maxLat} AND "lng" >= ${f.bbox.minLng} AND "lng" <= ${f.bbox.maxLng}`);
  }
  if (f.q) {
    const q = searchKey(f.q);
    if (q) and.push(Prisma.sql`"searchText" LIKE ${`%${q}%`}`);
  }
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`1 = 1`;
}
