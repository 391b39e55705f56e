/**
 * The "raw SQL" baseline on PostgreSQL (BENCH_DB=postgresql): the same queries as raw.ts, through one
 * `pg` connection with named (prepared) statements, the same mapping and JSON.stringify. Async: every
 * call is a round trip to the server, as the app's are.
 */
import pg from "pg";
import { PremisesFilter, PremisesListQuery } from "@shared/contracts/premises.ts";
import { toFeature } from "@server/features/premises/mapper.ts";
import { FEATURE_COLUMNS, listJson, ORDER, parseQuery, PHOTOS_ORDER, PHOTOS_SQL, SUMMARY_COLUMNS, whereSql, type Row } from "./raw.ts";

// pg gives int8 (COUNT) as text; the app's columns are int4 and double precision.
const asNumber = (v: unknown) => Number(v);
let statements = 0;

export class RawPostgresBaseline {
  private readonly client: pg.Client;

  private constructor(client: pg.Client) {
    this.client = client;
  }

  static async connect(url: string): Promise<RawPostgresBaseline> {
    // Prepared once, planned for each call's values: after five calls PostgreSQL would otherwise switch a
    // named statement to its generic plan, which for a bounding box scans far more rows (measured: bbox
    // list p95 26.7 ms raw against 6.4 ms through the app, whose statements are unnamed).
    const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC -c plan_cache_mode=force_custom_plan" });
    await client.connect();
    return new RawPostgresBaseline(client);
  }

  close(): Promise<void> {
    return this.client.end();
  }

  private query(text: string, values: unknown[]): Promise<Row[]> {
    return this.client.query<Row>({ name: undefined, text, values }).then((r) => r.rows);
  }

  /** GET /api/premises: COUNT + one page + the uses and photos of that page, mapped and serialized. */
  list(path: string): () => Promise<string> {
    const query = parseQuery(PremisesListQuery, path);
    const where = whereSql(query, "postgresql");
    const n = where.params.length;
    const count = { name: `raw-count-${++statements}`, text: `SELECT COUNT(*) AS n FROM "Premises" WHERE ${where.sql}` };
    const page = {
      name: `raw-page-${++statements}`,
      text: `SELECT ${SUMMARY_COLUMNS} FROM "Premises" WHERE ${where.sql} ORDER BY ${ORDER[query.sort]} LIMIT $${n + 1} OFFSET $${n + 2}`,
    };
    const offset = (query.page - 1) * query.pageSize;
    return async () => {
      const total = asNumber((await this.client.query<Row>({ ...count, values: where.params })).rows[0]!.n);
      const rows = (await this.client.query<Row>({ ...page, values: [...where.params, query.pageSize, offset] })).rows;
      const ids = rows.map((r) => r.id as string);
      const uses = new Map<string, { use: string }[]>(ids.map((id) => [id, []]));
      let photos: Row[] = [];
      if (ids.length) {
        for (const u of await this.query(`SELECT "premisesId", "use" FROM "PremisesUse" WHERE "premisesId" = ANY($1)`, [ids])) {
          uses.get(u.premisesId as string)?.push({ use: u.use as string });
        }
        photos = await this.query(`${PHOTOS_SQL} (SELECT unnest($1::text[])) ${PHOTOS_ORDER}`, [ids]);
      }
      return listJson(query, total, rows, uses, photos);
    };
  }

  /** GET /api/premises.geojson (uncached): every matching row as a Feature, serialized to a Buffer. */
  geojson(path: string): () => Promise<Buffer> {
    const filter = parseQuery(PremisesFilter, path);
    const where = whereSql(filter, "postgresql");
    const stmt = { name: `raw-geo-${++statements}`, text: `SELECT ${FEATURE_COLUMNS} FROM "Premises" WHERE ${where.sql} ORDER BY "inventoryCode" ASC` };
    return async () => {
      const rows = (await this.client.query<Row>({ ...stmt, values: where.params })).rows;
      const features = rows.map((r) => toFeature(r as unknown as Parameters<typeof toFeature>[0]));
      return Buffer.from(JSON.stringify({ type: "FeatureCollection", features }));
    };
  }

  /** A revalidation: the data version read that decides between 304 and 200. */
  version(): () => Promise<number> {
    const stmt = { name: "raw-version", text: `SELECT "version" FROM "DataVersion" WHERE "key" = $1` };
    return async () => asNumber((await this.client.query<Row>({ ...stmt, values: ["premises"] })).rows[0]?.version ?? 0);
  }

  async setVersion(version: number): Promise<void> {
    await this.client.query(`UPDATE "DataVersion" SET "version" = $1 WHERE "key" = 'premises'`, [version]);
  }
}
