/**
 * npm run bench:import: a register spreadsheet just under the API's 25 MB limit (about 56,000 rows of the
 * synthetic generator), sent to the real app as an officer would: a dry run, then the import. In the same
 * run and on the same rows, the baseline is the repository's bulk insert alone (`insertPremises`: no
 * CSV, no validation, no audit), so the ratio says what reading and checking a spreadsheet costs.
 * Peak RSS of this process is sampled every 50 ms. Ratios are the result; timings alone are noise here.
 *
 * Knobs: BENCH_IMPORT_ROWS (default 56000).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importRecords } from "@fixtures/import/make.ts";
import { createApp } from "@server/app.ts";
import { CSV_BOM, csvHeaderLine, csvLine } from "@server/features/premises-register/csv/write.ts";
import { insertPremises } from "@server/features/premises/repository.ts";
import { createDb } from "@server/lib/db.ts";
import { loadEnv } from "@server/lib/env.ts";
import { migrateDatabase } from "@server/lib/migrate.ts";
import { signIn } from "@tests/support/auth.ts";
import { createUser } from "@tests/support/factories.ts";
import { systemClock } from "@shared/domain/dates.ts";
import { appendReport } from "./report.ts";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 56_000);

function peakRss(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
  return { stop: () => { clearInterval(timer); return Math.max(peak, process.memoryUsage().rss); } };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T; rssMb: number }> {
  const rss = peakRss();
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  return { ms, value, rssMb: Math.round(rss.stop() / 1024 / 1024) };
}

function freshDatabase(dir: string, name: string) {
  const url = `file:${path.join(dir, name)}`;
  migrateDatabase(url);
  return { url, db: createDb(url) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sp-bench-import-"));
  try {
    const records = importRecords(ROWS, 7, "BIG");
    const body = Buffer.from(CSV_BOM + csvHeaderLine() + records.map(csvLine).join(""));

    const ours = freshDatabase(dir, "ours.db");
    const env = loadEnv({ NODE_ENV: "test", DATABASE_URL: ours.url, DATA_DIR: dir });
    const app = createApp({ db: ours.db, env, clock: systemClock, log: (message, error) => console.error(message, error ?? "") });
    const officer = await signIn(app, await createUser(ours.db, { role: "officer" }));
    const send = (dryRun: boolean) => officer.call("post", `/api/premises/import?dryRun=${dryRun}`)
      .set("Content-Type", "text/csv").send(body);

    const dry = await timed(() => send(true));
    if (dry.value.status !== 200 || dry.value.body.valid !== ROWS) throw new Error(`dry run: ${dry.value.status} ${dry.value.text.slice(0, 300)}`);
    const imported = await timed(() => send(false));
    if (imported.value.status !== 201 || imported.value.body.imported !== ROWS) throw new Error(`import: ${imported.value.status} ${imported.value.text.slice(0, 300)}`);
    const count = await ours.db.premises.count();
    if (count !== ROWS) throw new Error(`expected ${ROWS} premises after the import, found ${count}`);
    await ours.db.$disconnect();

    const baseline = freshDatabase(dir, "baseline.db");
    const bulk = await timed(() => insertPremises(baseline.db, records));
    await baseline.db.$disconnect();

    const mb = (body.length / 1024 / 1024).toFixed(1);
    const rate = (ms: number) => Math.round((ROWS * 1000) / ms).toLocaleString("en-US");
    const out = [
      "## Import of a large register spreadsheet",
      "",
      `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"} · ${ROWS.toLocaleString("en-US")} rows, ${mb} MB CSV`,
      "",
      "| step | time | rows/s | peak RSS of the process | ratio to bulk insert |",
      "|---|---:|---:|---:|---:|",
      `| dry run (POST /api/premises/import?dryRun=true) | ${(dry.ms / 1000).toFixed(1)} s | ${rate(dry.ms)} | ${dry.rssMb} MB | ${(dry.ms / bulk.ms).toFixed(2)}× |`,
      `| import (dryRun=false, one transaction) | ${(imported.ms / 1000).toFixed(1)} s | ${rate(imported.ms)} | ${imported.rssMb} MB | ${(imported.ms / bulk.ms).toFixed(2)}× |`,
      `| baseline: insertPremises of the same rows | ${(bulk.ms / 1000).toFixed(1)} s | ${rate(bulk.ms)} | ${bulk.rssMb} MB | 1.00× |`,
      "",
    ].join("\n");
    console.log(out);
    appendReport(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
