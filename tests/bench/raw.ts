/**
 * The "raw SQL" baseline: the same query the API makes, written by hand against better-sqlite3 with
 * prepared statements, and the same response shape serialized with JSON.stringify. No Express, no
 * Prisma, no validation: what the endpoint would cost if the framework were free.
 */
import Database from "better-sqlite3";
import querystring from "node:querystring";
import {
  PremisesFilter, PremisesListQuery, thumbnailUrl, type PremisesFilter as Filter, type PremisesListQuery as ListQuery,
} from "@shared/contracts/premises.ts";
import { MIN_DOOR_WIDTH_CM } from "@shared/domain/accessibility.ts";
import { normalizeSearch } from "@shared/text.ts";
import { toFeature, toSummary } from "@server/features/premises/mapper.ts";

export type Param = string | number;
export type Row = Record<string, unknown>;

const toDb = (value: string) => value.replace(/-/g, "_");

const FEATURE_SQL: Record<string, string> = {
  stepFreeEntrance: `"stepFreeEntrance" = 1`,
  ramp: `"ramp" = 1`,
  lift: `"lift" = 1`,
  wideDoor: `"doorWidthCm" >= ${MIN_DOOR_WIDTH_CM}`,
  levelFloor: `"levelFloor" = 1`,
  accessibleToilet: `"accessibleToilet" = 1`,
  disabledParking: `"disabledParking" = 1`,
  contrastMarkings: `"contrastMarkings" = 1`,
  inductionLoop: `"inductionLoop" = 1`,
};

export const ORDER: Record<ListQuery["sort"], string> = {
  "code": `"inventoryCode" ASC`,
  "area": `"usableAreaDm2" ASC, "inventoryCode" ASC`,
  "-area": `"usableAreaDm2" DESC, "inventoryCode" ASC`,
  "rent": `"baseRateGrosze" ASC, "inventoryCode" ASC`,
  "-rent": `"baseRateGrosze" DESC, "inventoryCode" ASC`,
  "district": `"district" ASC, "inventoryCode" ASC`,
  "available-from": `"availableFrom" ASC, "inventoryCode" ASC`,
};

export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/** The same conditions as server/features/premises/filter.ts, as SQL: `?` placeholders, or PostgreSQL's `$n`. */
export function whereSql(f: Filter, dialect: "sqlite" | "postgresql" = "sqlite"): { sql: string; params: Param[] } {
  const sql = whereSqlite(f);
  if (dialect === "sqlite") return sql;
  let n = 0;
  return {
    sql: sql.sql.replace(/\?/g, () => `$${++n}`).replace(/" = 1\b/g, `" = TRUE`).replace(/^1$/, "TRUE"),
    params: sql.params,
  };
}

function whereSqlite(f: Filter): { sql: string; params: Param[] } {
  const and: string[] = [];
  const params: Param[] = [];
  const inList = (column: string, values: string[]) => {
    and.push(`"${column}" IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  if (f.status.length) inList("status", f.status.map(toDb));
  if (f.district?.length) inList("district", f.district);
  if (f.minArea !== undefined) { and.push(`"usableAreaDm2" >= ?`); params.push(f.minArea); }
  if (f.maxArea !== undefined) { and.push(`"usableAreaDm2" <= ?`); params.push(f.maxArea); }
  if (f.maxRent !== undefined) { and.push(`"baseRateGrosze" <= ?`); params.push(f.maxRent); }
  if (f.condition?.length) inList("condition", f.condition.map(toDb));
  if (f.accessibility?.length) inList("accessibilityLevel", f.accessibility);
  for (const feature of new Set(f.features ?? [])) and.push(FEATURE_SQL[feature] ?? "0");
  if (f.use?.length) {
    and.push(`EXISTS (SELECT 1 FROM "PremisesUse" u WHERE u."premisesId" = "Premises"."id" AND u."use" IN (${placeholders(f.use.length)}))`);
    params.push(...f.use);
  }
  if (f.socialPool !== undefined) and.push(`"socialPool" = ${f.socialPool ? 1 : 0}`);
  if (f.bbox) {
    and.push(`"lat" >= ? AND "lat" <= ? AND "lng" >= ? AND "lng" <= ?`);
    params.push(f.bbox.minLat, f.bbox.maxLat, f.bbox.minLng, f.bbox.maxLng);
  }
  if (f.q) {
    const q = normalizeSearch(f.q);
    if (q) {
      and.push(`"searchText" LIKE ? ESCAPE '\\'`);
      params.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
  }
  return { sql: and.length ? and.join(" AND ") : "1", params };
}

export const SUMMARY_COLUMNS = `"id", "inventoryCode", "street", "buildingNo", "unitNo", "postalCode", "district", "lat", "lng",
  "usableAreaDm2", "floor", "condition", "accessibilityLevel", "baseRateGrosze", "status", "socialPool", "availableFrom"`;
export const FEATURE_COLUMNS = `"id", "inventoryCode", "street", "buildingNo", "unitNo", "district", "lat", "lng",
  "usableAreaDm2", "baseRateGrosze", "accessibilityLevel", "condition", "status", "socialPool"`;

/** Parses a query string the way the app does (Express "simple" parser, then the contract schema). */
export function parseQuery<T>(schema: { parse: (v: unknown) => T }, path: string): T {
  const qs = path.includes("?") ? path.slice(path.indexOf("?") + 1) : "";
  return schema.parse({ ...querystring.parse(qs) });
}

export const PHOTOS_SQL = `SELECT "premisesId", "id", "alt" FROM "PremisesFile" WHERE "kind" = 'photo' AND "premisesId" IN`;
export const PHOTOS_ORDER = `ORDER BY "createdAt" ASC, "id" ASC`;

/** The list's JSON from its rows, as the app answers it: summaries with the uses and the first photo. */
export function listJson(query: ListQuery, total: number, rows: Row[], uses: Map<string, { use: string }[]>, photos: Row[]): string {
  const first = new Map<string, { url: string; thumbnailUrl: string; alt: string }>();
  for (const p of photos) if (!first.has(p.premisesId as string)) first.set(p.premisesId as string, { url: `/api/files/${p.id as string}`, thumbnailUrl: thumbnailUrl(p.id as string), alt: p.alt as string });
  const items = rows.map((r) => ({
    ...toSummary({
      ...r, socialPool: r.socialPool === 1 || r.socialPool === true, availableFrom: r.availableFrom ?? null, uses: uses.get(r.id as string) ?? [],
    } as unknown as Parameters<typeof toSummary>[0]),
    photo: r.status === "withdrawn" ? null : first.get(r.id as string) ?? null,
  }));
  return JSON.stringify({
    items,
    page: { page: query.page, pageSize: query.pageSize, total, pages: Math.ceil(total / query.pageSize) },
  });
}

export class RawBaseline {
  readonly db: Database.Database;
  private readonly usesStatements = new Map<number, Database.Statement>();
  private readonly photosStatements = new Map<number, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file, { readonly: true });
  }

  close(): void {
    this.db.close();
  }

  private usesStatement(n: number): Database.Statement {
    let stmt = this.usesStatements.get(n);
    if (!stmt) {
      stmt = this.db.prepare(`SELECT "premisesId", "use" FROM "PremisesUse" WHERE "premisesId" IN (${placeholders(n)})`);
      this.usesStatements.set(n, stmt);
    }
    return stmt;
  }

  private photosStatement(n: number): Database.Statement {
    let stmt = this.photosStatements.get(n);
    if (!stmt) {
      stmt = this.db.prepare(`${PHOTOS_SQL} (${placeholders(n)}) ${PHOTOS_ORDER}`);
      this.photosStatements.set(n, stmt);
    }
    return stmt;
  }

  /** GET /api/premises: COUNT + one page + the uses of that page, mapped and serialized. */
  list(path: string): () => string {
    const query = parseQuery(PremisesListQuery, path);
    const where = whereSql(query);
    const count = this.db.prepare(`SELECT COUNT(*) AS n FROM "Premises" WHERE ${where.sql}`).pluck();
    const page = this.db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM "Premises" WHERE ${where.sql} ORDER BY ${ORDER[query.sort]} LIMIT ? OFFSET ?`,
    );
    const offset = (query.page - 1) * query.pageSize;
    return () => {
      const total = count.get(...where.params) as number;
      const rows = page.all(...where.params, query.pageSize, offset) as Row[];
      const uses = new Map<string, { use: string }[]>();
      for (const r of rows) uses.set(r.id as string, []);
      if (rows.length) {
        for (const u of this.usesStatement(rows.length).all(...uses.keys()) as Row[]) {
          uses.get(u.premisesId as string)?.push({ use: u.use as string });
        }
      }
      const photos = rows.length ? this.photosStatement(rows.length).all(...uses.keys()) as Row[] : [];
      return listJson(query, total, rows, uses, photos);
    };
  }

  /** GET /api/premises.geojson (uncached): every matching row as a Feature, serialized to a Buffer. */
  geojson(path: string): () => Buffer {
    const filter = parseQuery(PremisesFilter, path);
    const where = whereSql(filter);
    const stmt = this.db.prepare(`SELECT ${FEATURE_COLUMNS} FROM "Premises" WHERE ${where.sql} ORDER BY "inventoryCode" ASC`);
    return () => {
      const rows = stmt.all(...where.params) as Row[];
      const features = rows.map((r) => toFeature({ ...r, socialPool: r.socialPool === 1 } as unknown as Parameters<typeof toFeature>[0]));
      return Buffer.from(JSON.stringify({ type: "FeatureCollection", features }));
    };
  }

  /** A revalidation: the data version read that decides between 304 and 200. */
  version(): () => number {
    const stmt = this.db.prepare(`SELECT "version" FROM "DataVersion" WHERE "key" = ?`).pluck();
    return () => (stmt.get("premises") as number | undefined) ?? 0;
  }
}
