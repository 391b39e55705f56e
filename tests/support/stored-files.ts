import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TestApp } from "./test-app.ts";

/**
 * Uploaded files as the tests look at them, whichever storage driver the app uses: the disk
 * (DATA_DIR/uploads, DATA_DIR beside the test database) and the StoredFile table both.
 * `FILE_STORAGE=database npx vitest run tests/api/uploads.test.ts` runs an upload test on the database driver.
 */
export const fileStorageEnv = (): Record<string, string> => (process.env.FILE_STORAGE ? { FILE_STORAGE: process.env.FILE_STORAGE } : {});

const uploadsDir = (t: TestApp) => path.join(path.dirname(t.databaseUrl.replace(/^file:/, "")), "uploads");

/** The keys stored under a folder such as `premises/<id>`: file names, as on disk. */
export async function storedNames(t: TestApp, folder: string): Promise<string[]> {
  const dir = path.join(uploadsDir(t), folder);
  const onDisk = t.databaseUrl.startsWith("file:") && existsSync(dir) ? readdirSync(dir) : [];
  const rows = await t.db.storedFile.findMany({ where: { key: { startsWith: `${folder}/` } }, select: { key: true } });
  return [...onDisk, ...rows.map((r) => r.key.slice(folder.length + 1))].sort();
}

/** The stored bytes of a key, or null. */
export async function storedBytes(t: TestApp, key: string): Promise<Buffer | null> {
  const file = path.join(uploadsDir(t), key);
  if (t.databaseUrl.startsWith("file:") && existsSync(file)) return readFileSync(file);
  const row = await t.db.storedFile.findUnique({ where: { key } });
  return row ? Buffer.from(row.bytes) : null;
}
