import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider } from "@server/lib/db.ts";

/**
 * The map's revalidation reads the premises data version (the DataVersion row) on every request. Through
 * Prisma even a raw query is compiled anew each time (its query compiler, about a third of a 304's CPU
 * here), so this one read has a connection of its own, outside Prisma: SQLite a read-only better-sqlite3
 * connection to the same file (a synchronous primary-key lookup, which in WAL mode sees every committed
 * write, this instance's or another's, and never a transaction still open), PostgreSQL one pooled `pg`
 * connection. Same SQL as readDataVersion (server/lib/db.ts).
 */
export interface VersionReader {
  read(key: string): Promise<number>;
  close(): Promise<void>;
}

const SQL = `SELECT "version" FROM "DataVersion" WHERE "key" = `;

export function sqliteFileOf(databaseUrl: string): string {
  return path.resolve(databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""));
}

export function createVersionReader(databaseUrl: string): VersionReader {
  if (databaseProvider(databaseUrl) === "postgresql") {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, allowExitOnIdle: true, idleTimeoutMillis: 30_000 });
    // A connection dropped while idle (a restart, a dropped test database) is replaced at the next read.
    pool.on("error", () => undefined);
    return {
      read: async (key) => {
        const { rows } = await pool.query<{ version: number | string }>({ name: "premises-data-version", text: `${SQL}$1`, values: [key] });
        return Number(rows[0]?.version ?? 0);
      },
      close: () => pool.end(),
    };
  }
  let db: Database.Database | null = null;
  let statement: Database.Statement<[string], number | undefined> | null = null;
  return {
    read: (key) => {
      try {
        if (!statement) {
          db = new Database(sqliteFileOf(databaseUrl), { readonly: true, fileMustExist: true, timeout: 10_000 });
          statement = db.prepare<[string], number | undefined>(`${SQL}?`).pluck();
        }
        return Promise.resolve(Number(statement.get(key) ?? 0));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close: () => {
      db?.close();
      db = null;
      statement = null;
      return Promise.resolve();
    },
  };
}
