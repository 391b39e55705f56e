import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Makes sure the directory of a SQLite file URL exists (file:./data/app.db -> ./data). */
export function ensureSqliteDir(databaseUrl: string): void {
  const file = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  if (file && file !== ":memory:") mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });
}

/** Applies pending migrations with Prisma's own `migrate deploy`, before the server listens. */
export function migrateDatabase(databaseUrl: string): string {
  ensureSqliteDir(databaseUrl);
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const output = execFileSync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  useWriteAheadLog(databaseUrl);
  return output;
}

/**
 * Write-ahead logging, kept in the file once set: readers never wait for a writer (an import's
 * transaction in its worker thread does not stop /api/health or the catalogue), and a commit costs
 * one sync of the log instead of creating, syncing and deleting a rollback journal. With
 * better-sqlite3 that wait and those syncs happen on the event loop.
 */
function useWriteAheadLog(databaseUrl: string): void {
  const file = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  if (!file || file === ":memory:") return;
  const db = new Database(path.resolve(root, file));
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
