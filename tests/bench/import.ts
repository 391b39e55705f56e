/**
 * npm run bench:import: a register spreadsheet of 100,000 rows of the synthetic generator (about 40 MB),
 * sent to the real app, served from a child process, as an officer would: a dry run, then the import,
 * then the register's CSV export. Throughout each step two probes measure what everybody else gets:
 * GET /api/health and a public list (GET /api/premises), one request at a time each, every PROBE_MS,
 * and a sign-in (a write: SQLite has one writer at a time) every 5 × PROBE_MS.
 * The server's memory (VmRSS of the child, worker threads included) is sampled every 50 ms.
 * In the same run and on the same rows, the baseline is the repository's bulk insert alone
 * (`insertPremises`: no CSV, no validation, no audit), so the ratio says what reading and checking a
 * spreadsheet costs. Goals (issue 10): probes p95 < 200 ms during import and export, the server
 * under 500 MB, 100,000 rows imported in under 30 s.
 *
 * Knobs: BENCH_IMPORT_ROWS (default 100000), BENCH_PROBE_MS (default 100), BENCH_SIGN_IN_PROBE=0, BENCH_DB=sqlite|postgresql
 * (default sqlite; PostgreSQL on BENCH_POSTGRESQL_URL, databases sp_bench_import_ours and _baseline, dropped afterwards).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importRecords } from "@fixtures/import/make.ts";
import { CSV_BOM, csvHeaderLine, csvLine } from "@server/features/premises-register/csv/write.ts";
import { insertPremises } from "@server/features/premises/repository.ts";
import { createDb } from "@server/lib/db.ts";
import { migrateDatabase } from "@server/lib/migrate.ts";
import { createUser } from "@tests/support/factories.ts";
import { startChild, type BenchServer } from "./children.ts";
import { benchDb, dropDatabase, postgresqlUrl } from "./postgresql.ts";
import { runAlone } from "./report.ts";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const PROBE_MS = Number(process.env.BENCH_PROBE_MS ?? 100);
const BENCH_DB = benchDb();
/** Each sign-in hashes with argon2id (64 MiB): BENCH_SIGN_IN_PROBE=0 leaves the write probe out, to see the import's own memory. */
const SIGN_IN_PROBE = process.env.BENCH_SIGN_IN_PROBE !== "0";
const PG_DATABASES = ["sp_bench_import_ours", "sp_bench_import_baseline"] as const;

/** A fresh, migrated database of the benchmark's kind: a file in `dir`, or a PostgreSQL database. */
async function freshDatabase(dir: string, name: "ours" | "baseline"): Promise<string> {
  let url = `file:${path.join(dir, `${name}.db`)}`;
  if (BENCH_DB === "postgresql") {
    const database = `sp_bench_import_${name}`;
    await dropDatabase(database);
    url = postgresqlUrl(database); // the migration runner creates the database
  }
  await migrateDatabase(url);
  return url;
}

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Math.round(Number(kb ?? 0) / 1024);
}

function peakRss(pid: number): { stop: () => number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => { peak = Math.max(peak, rssMb(pid)); }, 50);
  return { stop: () => { clearInterval(timer); return Math.max(peak, rssMb(pid)); } };
}

/** Requests `url` (GET, or as `init` says) one at a time, a pause of `pauseMs` between them, until stopped; the latencies in ms. */
function probe(url: string, init?: RequestInit, pauseMs = PROBE_MS): { stop: () => Promise<number[]> } {
  const times: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      const res = await fetch(url, init);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`probe ${url}: ${res.status}`);
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  return { stop: async () => { running = false; await loop; return times; } };
}

/** A sign-in: a write (a session, the limiter's counters) that must not wait for the import. */
let signInBody = "";

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

function latency(times: number[]): string {
  if (times.length === 0) return "-";
  const sorted = [...times].sort((a, b) => a - b);
  const f = (ms: number) => `${Math.round(ms)}`;
  return `${f(percentile(sorted, 50))} / ${f(percentile(sorted, 95))} / ${f(sorted.at(-1) ?? NaN)} ms (${sorted.length})`;
}

interface Step { ms: number; rssMb: number; health: number[]; list: number[]; signIn: number[] }

async function step<T>(server: BenchServer, base: string, fn: () => Promise<T>): Promise<Step & { value: T }> {
  const rss = peakRss(server.pid);
  const health = probe(`${base}/api/health`);
  const list = probe(`${base}/api/premises?sort=code`);
  const signIns = SIGN_IN_PROBE
    ? probe(`${base}/api/auth/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: signInBody }, 5 * PROBE_MS)
    : { stop: () => Promise.resolve([]) };
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  return { ms, value, rssMb: rss.stop(), health: await health.stop(), list: await list.stop(), signIn: await signIns.stop() };
}

async function signIn(base: string, email: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = await res.json() as { csrfToken: string };
  return { Cookie: cookie, "X-CSRF-Token": csrfToken };
}

async function bench(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sp-bench-import-"));
  let server: BenchServer | undefined;
  try {
    const records = importRecords(ROWS, 7, "BIG");
    const body = Buffer.from(CSV_BOM + csvHeaderLine() + records.map(csvLine).join(""));

    const url = await freshDatabase(dir, "ours");
    const setup = createDb(url);
    const officer = await createUser(setup, { role: "officer" });
    const visitor = await createUser(setup, { role: "applicant" });
    signInBody = JSON.stringify({ email: visitor.email, password: visitor.password });
    await setup.$disconnect();
    server = await startChild({ BENCH_MODE: "app", DATABASE_URL: url, DATA_DIR: dir });
    const base = `http://127.0.0.1:${server.port}`;
    const session = await signIn(base, officer.email, officer.password);
    const startRss = rssMb(server.pid);

    const send = (dryRun: boolean) => fetch(`${base}/api/premises/import?dryRun=${dryRun}`, {
      method: "POST", headers: { ...session, "Content-Type": "text/csv" }, body,
    }).then(async (res) => ({ status: res.status, json: await res.json() as { valid?: number; imported?: number } }));

    const dry = await step(server, base, () => send(true));
    if (dry.value.status !== 200 || dry.value.json.valid !== ROWS) throw new Error(`dry run: ${dry.value.status} ${JSON.stringify(dry.value.json).slice(0, 300)}`);
    const imported = await step(server, base, () => send(false));
    if (imported.value.status !== 201 || imported.value.json.imported !== ROWS) throw new Error(`import: ${imported.value.status} ${JSON.stringify(imported.value.json).slice(0, 300)}`);
    const exported = await step(server, base, async () => {
      const res = await fetch(`${base}/api/premises/export.csv`, { headers: session });
      const text = await res.text();
      return { status: res.status, lines: text.split("\r\n").length - 2, bytes: Buffer.byteLength(text) };
    });
    if (exported.value.status !== 200 || exported.value.lines !== ROWS) throw new Error(`export: ${exported.value.status}, ${exported.value.lines} rows`);
    await server.stop();
    server = undefined;

    const baselineUrl = await freshDatabase(dir, "baseline");
    const baseline = createDb(baselineUrl);
    const start = performance.now();
    await insertPremises(baseline, records);
    const bulkMs = performance.now() - start;
    await baseline.$disconnect();

    const mb = (body.length / 1024 / 1024).toFixed(1);
    const rate = (ms: number) => Math.round((ROWS * 1000) / ms).toLocaleString("en-US");
    const row = (name: string, s: Step) =>
      `| ${name} | ${(s.ms / 1000).toFixed(1)} s | ${rate(s.ms)} | ${s.rssMb} MB | ${latency(s.health)} | ${latency(s.list)} | ${latency(s.signIn)} | ${(s.ms / bulkMs).toFixed(2)}× |`;
    const all = [dry, imported, exported];
    const p95 = (pick: (s: Step) => number[]) => Math.round(percentile([...all.flatMap(pick)].sort((a, b) => a - b), 95));
    return [
      `## Import and export of a large register spreadsheet (${BENCH_DB})`,
      "",
      `${new Date().toISOString()} · ${BENCH_DB === "postgresql" ? "PostgreSQL" : "SQLite"} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"} · load average ${os.loadavg()[0]!.toFixed(1)} · ${ROWS.toLocaleString("en-US")} rows, ${mb} MB CSV`,
      "",
      `The app runs in a child process (${startRss} MB after start and sign-in); probes one request at a time each, ${PROBE_MS} ms apart${SIGN_IN_PROBE ? `, sign-ins ${5 * PROBE_MS} ms apart (each hashes with argon2id, 64 MiB)` : ", no sign-in probe"}.`,
      "",
      "| step | time | rows/s | peak RSS of the server | GET /api/health p50 / p95 / max (n) | GET /api/premises p50 / p95 / max (n) | POST /api/auth/login p50 / p95 / max (n) | ratio to bulk insert |",
      "|---|---:|---:|---:|---:|---:|---:|---:|",
      row("dry run (POST /api/premises/import?dryRun=true)", dry),
      row("import (dryRun=false, one transaction)", imported),
      row(`export (GET /api/premises/export.csv, ${(exported.value.bytes / 1024 / 1024).toFixed(1)} MB)`, exported),
      `| baseline: insertPremises of the same rows, in this process | ${(bulkMs / 1000).toFixed(1)} s | ${rate(bulkMs)} | | | | | 1.00× |`,
      "",
      `Over all three steps: health p95 ${p95((s) => s.health)} ms, list p95 ${p95((s) => s.list)} ms (goal < 200 ms)`
        + (SIGN_IN_PROBE ? `, sign-in (a write) p95 ${p95((s) => s.signIn)} ms, max ${Math.round(Math.max(...all.flatMap((s) => s.signIn)))} ms; ` : "; ")
        + `peak server RSS ${Math.max(...all.map((s) => s.rssMb))} MB (goal < 500 MB); import ${(imported.ms / 1000).toFixed(1)} s (goal < 30 s).`,
      "",
    ].join("\n");
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (BENCH_DB === "postgresql") for (const database of PG_DATABASES) await dropDatabase(database);
  }
}

runAlone(import.meta.url, bench);
