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
  return execFileSync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}
