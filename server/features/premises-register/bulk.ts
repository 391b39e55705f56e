import type BetterSqlite3 from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { PremisesDetail, PremisesInput } from "@shared/contracts/premises.ts";
import { createDb, type Db, type DbTx } from "@server/lib/db.ts";
import { PrismaClient } from "@server/generated/prisma/client.ts";
import { insertPremisesRows, newPremisesRows } from "@server/features/premises/index.ts";
import { existingCodes, premisesByCodes } from "./repository.ts";
import { duplicateCodeError } from "./service.ts";

/**
 * The import's bulk reads and writes, and their one dialect seam. Through Prisma a multi-row INSERT of
 * 200 premises (8,800 parameters) is built, serialized and prepared again for every chunk: measured
 * here, 100,000 rows cost about 26 s of CPU that way against about 10 s for the same SQL prepared once
 * on the driver, and checking 100,000 inventory codes 9 s against a fraction of one. So:
 *
 * - `portableStore` (any database Prisma speaks; the command line's default): Prisma's raw SQL;
 * - `sqliteStore`: the same statements (plain SQL both dialects read; only the `?` placeholders are
 *   SQLite's) prepared once on the better-sqlite3 connection under the worker's own Prisma client,
 *   writing into staging tables of that connection's temp database (no lock on the register), which
 *   one INSERT … SELECT publishes inside the transaction Prisma opens on the same connection at the
 *   end, with the audit event and the version bump;
 * - `postgresqlStore`: through Prisma's transaction still, but 500 rows travel as one JSON parameter
 *   that PostgreSQL turns into rows of the table's own type (`json_populate_recordset`, which casts
 *   every column, enums and timestamps included): one short statement per batch instead of 8,800
 *   parameters per 200 rows.
 */
export interface ImportStore {
  readonly db: Db;
  /**
   * Where a real import's new premises go while the file is read:
   * - "in-transaction": straight into the register, inside the import's one transaction (PostgreSQL:
   *   its row locks leave every other writer alone);
   * - "staged": into a side table of the store's own connection, outside any transaction, and into the
   *   register at the end in one short transaction (SQLite has one writer at a time: 100,000 rows
   *   written while being read held every other write, a sign-in too, for over 10 s, which then
   *   failed).
   */
  readonly writes: "in-transaction" | "staged";
  /** Which of these inventory codes the register already has, read through `q` (`db` or its open transaction). */
  existingCodes(q: DbTx, codes: string[]): Promise<Set<string>>;
  /** The premises of these codes as the register shows them (portable: updates are an officer's edits, few). */
  premisesByCodes(q: DbTx, codes: string[]): Promise<Map<string, PremisesDetail>>;
  /** Writes new premises and their uses: inside `q`, the import's open transaction, or into the staging table. */
  stage(q: DbTx, records: PremisesInput[]): Promise<void>;
  /** Inside the import's transaction: moves what was staged into the register (nothing when writes are in-transaction). */
  publish(tx: DbTx): Promise<void>;
  /** Forgets what was staged, published or not. */
  discard(): Promise<void>;
}

export function portableStore(db: Db): ImportStore {
  return {
    db,
    writes: "in-transaction",
    existingCodes,
    premisesByCodes,
    stage: (tx, records) => insertPremisesRows(tx, records),
    publish: () => Promise.resolve(),
    discard: () => Promise.resolve(),
  };
}

/**
 * A store of its own for the import worker: a Prisma client on SQLite whose better-sqlite3 connection
 * the fast statements share; any other database (or an adapter whose connection cannot be reached)
 * gets the portable store.
 */
export async function openImportStore(databaseUrl: string): Promise<ImportStore> {
  if (!databaseUrl.startsWith("file:")) return postgresqlStore(createDb(databaseUrl));
  let connection: BetterSqlite3.Database | undefined;
  // Another API process may hold the write lock: wait for it rather than fail with SQLITE_BUSY (as createDb).
  const sqlite = new PrismaBetterSQLite3({ url: databaseUrl, timeout: 10_000 });
  const db = new PrismaClient({
    adapter: {
      provider: sqlite.provider, adapterName: sqlite.adapterName,
      connect: async () => {
        const adapter = await sqlite.connect();
        // The adapter keeps its driver connection as `client` (not in its types): checked, not assumed.
        const client = (adapter as unknown as { client?: unknown }).client;
        if (client && typeof (client as BetterSqlite3.Database).prepare === "function") connection = client as BetterSqlite3.Database;
        return adapter;
      },
    },
  });
  await db.$connect();
  return connection ? sqliteStore(db, connection) : portableStore(db);
}

/** The better-sqlite3 calls are synchronous: their result, or what they throw, as a promise. */
const settle = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

const CODES_PER_QUERY = 500;
const ROWS_PER_INSERT = 200;

/** The staging tables: in SQLite's temp database, which belongs to the connection and takes no lock on the register. */
const STAGED = { premises: `temp."ImportPremises"`, uses: `temp."ImportPremisesUse"` } as const;

function sqliteStore(db: Db, connection: BetterSqlite3.Database): ImportStore {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, statement = connection.prepare(sql));
    return statement;
  };
  const placeholders = (count: number, width: number) => {
    const row = `(${Array.from({ length: width }, () => "?").join(", ")})`;
    return Array.from({ length: count }, () => row).join(", ");
  };
  let premisesColumns = "";
  const discard = () => {
    connection.exec(`DROP TABLE IF EXISTS ${STAGED.premises}; DROP TABLE IF EXISTS ${STAGED.uses};`);
    for (const sql of statements.keys()) if (sql.includes(`temp."Import`)) statements.delete(sql);
    premisesColumns = "";
  };
  return {
    db,
    writes: "staged",
    premisesByCodes,
    // On the connection `q` runs on, whether `q` is `db` or its transaction: SQLite has just the one.
    existingCodes: (_q, codes) => settle(() => {
      const found = new Set<string>();
      for (let i = 0; i < codes.length; i += CODES_PER_QUERY) {
        const chunk = codes.slice(i, i + CODES_PER_QUERY);
        const sql = `SELECT "inventoryCode" FROM "Premises" WHERE "inventoryCode" IN (${chunk.map(() => "?").join(", ")})`;
        for (const code of prepared(sql).pluck().all(chunk) as string[]) found.add(code);
      }
      return found;
    }),
    stage: (_q, records) => settle(() => {
      // As Prisma writes them: booleans 1/0, DateTime as ISO text with +00:00.
      const now = new Date().toISOString().replace("Z", "+00:00");
      for (let i = 0; i < records.length; i += ROWS_PER_INSERT) {
        const { rows, columns, uses } = newPremisesRows(records.slice(i, i + ROWS_PER_INSERT));
        const names = ["id", ...columns, "createdAt", "updatedAt"].map((name) => `"${name}"`).join(", ");
        if (!premisesColumns) {
          // The register's own columns, without its constraints: the publish meets them.
          discard();
          connection.exec(`CREATE TABLE ${STAGED.premises} AS SELECT ${names} FROM main."Premises" WHERE 0;
            CREATE TABLE ${STAGED.uses} AS SELECT "premisesId", "use" FROM main."PremisesUse" WHERE 0;`);
          premisesColumns = names;
        }
        const values = rows.flatMap(({ id, data }) => [
          id, ...columns.map((column) => { const value = data[column] ?? null; return typeof value === "boolean" ? Number(value) : value; }), now, now,
        ]);
        prepared(`INSERT INTO ${STAGED.premises} (${names}) VALUES ${placeholders(rows.length, columns.length + 3)}`).run(values);
        const use = prepared(`INSERT INTO ${STAGED.uses} ("premisesId", "use") VALUES (?, ?)`);
        for (const { premisesId, use: kind } of uses) use.run(premisesId, kind);
      }
    }),
    // On the transaction's connection (the one), so the rows come with the audit event and the version bump.
    publish: () => settle(() => {
      if (!premisesColumns) return;
      const names = premisesColumns;
      try {
        connection.exec(`INSERT INTO main."Premises" (${names}) SELECT ${names} FROM ${STAGED.premises};
          INSERT INTO main."PremisesUse" ("premisesId", "use") SELECT "premisesId", "use" FROM ${STAGED.uses};`);
      } catch (error) {
        // Someone added one of these codes after the check (what Prisma reports as P2002).
        throw (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" ? duplicateCodeError() : error;
      }
    }),
    discard: () => settle(discard),
  };
}

/** JSON of rows for json_populate_recordset: BigInt as its digits (the column's cast reads them). */
const rowsJson = (rows: object[]) => JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));

function postgresqlStore(db: Db): ImportStore {
  return {
    db,
    premisesByCodes,
    async existingCodes(q, codes) {
      const rows = await q.$queryRawUnsafe<{ inventoryCode: string }[]>(
        `SELECT "inventoryCode" FROM "Premises" WHERE "inventoryCode" IN (SELECT json_array_elements_text($1::json))`,
        JSON.stringify(codes),
      );
      return new Set(rows.map((row) => row.inventoryCode));
    },
    writes: "in-transaction",
    publish: () => Promise.resolve(),
    discard: () => Promise.resolve(),
    async stage(q, records) {
      if (records.length === 0) return;
      // Prisma keeps DateTime as UTC in "timestamp(3)": the ISO text's instant, its zone dropped.
      const now = new Date().toISOString();
      const { rows, columns, uses } = newPremisesRows(records);
      const premises = rows.map(({ id, data }) => ({ id, ...data, createdAt: now, updatedAt: now }));
      const names = ["id", ...columns, "createdAt", "updatedAt"].map((name) => `"${name}"`).join(", ");
      await q.$executeRawUnsafe(
        `INSERT INTO "Premises" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::"Premises", $1::json)`,
        rowsJson(premises),
      );
      if (uses.length === 0) return;
      await q.$executeRawUnsafe(
        `INSERT INTO "PremisesUse" ("premisesId", "use") SELECT "premisesId", "use" FROM json_populate_recordset(NULL::"PremisesUse", $1::json)`,
        rowsJson(uses),
      );
    },
  };
}
