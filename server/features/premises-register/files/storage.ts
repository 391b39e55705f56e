import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { extensionOf } from "./sniff.ts";

/** Where the bytes of an upload live: DATA_DIR/uploads/premises/<premisesId>/<fileId>.<ext>. */
export function storedPath(dataDir: string, file: { id: string; premisesId: string; mime: string }): string {
  return path.resolve(dataDir, "uploads", "premises", file.premisesId, `${file.id}.${extensionOf(file.mime)}`);
}

export async function storeBytes(target: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { flag: "wx" });
}

export async function removeStored(target: string): Promise<void> {
  await rm(target, { force: true });
}

/** A name safe to show and to put in Content-Disposition: no path, no control characters, the sniffed extension. */
export function cleanFileName(original: string, ext: string): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[^.]*$/, "").normalize("NFC").replace(/[^\p{L}\p{N} ._()+,&–—-]+/gu, "_").replace(/^[.\s]+/, "").trim().slice(0, 100);
  return `${stem || "plik"}.${ext}`;
}
