import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { AppContext } from "@server/lib/context.ts";
import type { Db } from "@server/lib/db.ts";
import { deleteStoredFile, insertStoredFile, readStoredFile, storedFileSize } from "./repository.ts";
import { extensionOf } from "./sniff.ts";

/**
 * Where the bytes of uploaded files live, behind one interface with two drivers (FILE_STORAGE):
 *   disk      DATA_DIR/uploads/<key>: one instance's disk (the embedded default);
 *   database  the StoredFile table: every API instance serves every file and a database backup
 *             holds them (the default with PostgreSQL).
 * A key is a relative path such as `premises/<premises id>/<file id>.png`; a key is written once and
 * never gets other bytes (the ETag of a file is the hash of its content).
 */
export interface FileStorage {
  readonly driver: "disk" | "database";
  /** Stores new bytes under a new key; a key that exists already is an error. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The size of the stored bytes, or null when there are none. */
  size(key: string): Promise<number | null>;
  exists(key: string): Promise<boolean>;
  /** The bytes as a stream, or null when there are none. */
  get(key: string): Promise<Readable | null>;
  /** Removes the bytes; nothing happens when there are none. */
  delete(key: string): Promise<void>;
}

export type FileStorageDriver = FileStorage["driver"];

/** FILE_STORAGE when set, else the database with PostgreSQL and the disk with SQLite. */
export function storageDriverFor(env: { FILE_STORAGE?: FileStorageDriver | undefined; DATABASE_URL: string }): FileStorageDriver {
  return env.FILE_STORAGE ?? (/^postgres(ql)?:\/\//i.test(env.DATABASE_URL) ? "database" : "disk");
}

export function diskStorage(dataDir: string): FileStorage {
  const root = path.resolve(dataDir, "uploads");
  const fileOf = (key: string) => {
    const file = path.resolve(root, key);
    if (!file.startsWith(root + path.sep)) throw new Error(`file key outside the uploads folder: ${key}`);
    return file;
  };
  const size = (key: string) => stat(fileOf(key)).then((s) => s.size, () => null);
  return {
    driver: "disk",
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: "wx" });
    },
    size,
    exists: async (key) => (await size(key)) !== null,
    async get(key) {
      if ((await size(key)) === null) return null;
      return createReadStream(fileOf(key));
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

export function databaseStorage(db: Db): FileStorage {
  const size = (key: string) => storedFileSize(db, key);
  return {
    driver: "database",
    put: (key, bytes) => insertStoredFile(db, key, bytes),
    size,
    exists: async (key) => (await size(key)) !== null,
    async get(key) {
      const bytes = await readStoredFile(db, key);
      return bytes === null ? null : Readable.from([bytes]);
    },
    delete: (key) => deleteStoredFile(db, key),
  };
}

const perApp = new WeakMap<AppContext, FileStorage>();

/** The app's file storage, as configured (one per app, so tests build apps with either driver). */
export function fileStorage(ctx: Pick<AppContext, "db" | "env">): FileStorage {
  let found = perApp.get(ctx as AppContext);
  if (!found) {
    found = storageDriverFor(ctx.env) === "database" ? databaseStorage(ctx.db) : diskStorage(ctx.env.DATA_DIR);
    perApp.set(ctx as AppContext, found);
  }
  return found;
}

/** The key of a premises photo or plan: premises/<premisesId>/<fileId>.<ext> (under DATA_DIR/uploads on disk). */
export function premisesFileKey(file: { id: string; premisesId: string; mime: string }): string {
  return `premises/${file.premisesId}/${file.id}.${extensionOf(file.mime)}`;
}

/** A name safe to show and to put in Content-Disposition: no path, no control characters, the sniffed extension. */
export function cleanFileName(original: string, ext: string): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[^.]*$/, "").normalize("NFC").replace(/[^\p{L}\p{N} ._()+,&–—-]+/gu, "_").replace(/^[.\s]+/, "").trim().slice(0, 100);
  return `${stem || "plik"}.${ext}`;
}
