import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../artifacts");

/** Adds a benchmark's markdown to tests/artifacts/bench.md (npm run bench writes the file anew first). */
export function appendReport(markdown: string): void {
  mkdirSync(artifacts, { recursive: true });
  appendFileSync(path.join(artifacts, "bench.md"), `\n${markdown}`);
}

/** Runs `bench` when its module is the one started (`npx tsx tests/bench/<name>.ts`), prints and appends its report. */
export function runAlone(moduleUrl: string, bench: () => Promise<string>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  bench().then((out) => {
    console.log(`\n${out}`);
    appendReport(out);
    console.log("(appended to tests/artifacts/bench.md)");
    process.exit(0);
  }, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
