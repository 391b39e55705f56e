/**
 * Builds the client only when its inputs changed since the last build: `npm start` restarts in seconds,
 * and a production install (`npm ci --omit=dev`, no Vite) runs the client built at install time.
 * The inputs' fingerprint (paths, sizes, contents) is kept beside the build in dist/client/.build-inputs.
 *
 *   tsx scripts/build-client.ts            build when stale
 *   tsx scripts/build-client.ts --force    always build
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "dist", "client");
const stamp = path.join(outDir, ".build-inputs");
const INPUTS = ["client", "shared", "vite.config.ts", "tsconfig.json", "package-lock.json"];

function files(entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((d) => files(path.join(entry, d.name)))
    .filter((f) => !f.endsWith(".test.ts"));
}

function fingerprint(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files).sort()) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  return hash.digest("hex");
}

function viteAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve("vite/package.json");
    return true;
  } catch {
    return false;
  }
}

const force = process.argv.includes("--force");
const current = fingerprint();
const built = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : null;

if (!force && built === current && existsSync(path.join(outDir, "index.html"))) {
  console.log("Client is up to date (dist/client).");
} else if (!viteAvailable()) {
  // A production install without dev dependencies: serve what was built, or say what is missing.
  if (existsSync(path.join(outDir, "index.html"))) console.log("Vite is not installed: serving the client built earlier in dist/client.");
  else console.warn("Vite is not installed and dist/client has no build: the API runs without the client. Build with `npm run build`.");
} else {
  console.log(built ? "Client sources changed: building the client." : "Building the client.");
  execFileSync(process.execPath, [path.join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  writeFileSync(stamp, `${current}\n`);
}
