/**
 * npm run bench: loads 10,000 and then 100,000 synthetic premises into a fresh SQLite database and, in
 * one run, measures the list and GeoJSON endpoints of the real app against
 *   - "raw":  the same query made directly with better-sqlite3 (prepared statements) and the same
 *             response serialized with JSON.stringify, timed in this process per call;
 *   - "bare": a bare node:http server replying with the exact bytes our API returned, loaded with the
 *             same load loop and concurrency;
 *   - "express": the same replay behind a minimal Express 5 app: the floor of any Express handler,
 *             which tells Express's share of the gap to "bare" from the share of our own code.
 * The app and the bare server each run in a child process (tsx) so the load generator does not share
 * their event loop. Rounds are interleaved so that machine noise hits every variant alike; the ratios
 * (ours / raw, ours / bare) are the result, not the absolute timings.
 *
 * Environment knobs (all optional): BENCH_SIZES=10000,100000  BENCH_ROUNDS=3  BENCH_CONCURRENCY=8
 * BENCH_PHASE_MS=600  BENCH_ONLY=<regex on scenario names>  BENCH_KEEP=1 (keep the temp databases)
 * BENCH_DB_DIR=<dir> (reuse bench-<n>.db files kept from an earlier run instead of loading)
 * BENCH_DB=sqlite|postgresql (default sqlite): PostgreSQL on BENCH_POSTGRESQL_URL (default
 * postgresql://postgres@127.0.0.1:5432/postgres), a fresh database sp_bench_<n> per size, dropped afterwards
 * unless BENCH_KEEP=1; BENCH_PG_REUSE=1 reuses a kept sp_bench_<n> that holds n premises. The raw
 * baseline is then the same SQL through one `pg` connection (raw-postgresql.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { generatePremises } from "@fixtures/generate.ts";
import { insertPremises } from "@server/features/premises/repository.ts";
import { createDb } from "@server/lib/db.ts";
import { migrateDatabase } from "@server/lib/migrate.ts";
import { killChildren, startChild, type BenchServer } from "./children.ts";
import { HOP_HEADERS, type ReplayEntry } from "./replay.ts";
import {
  emptySample, fetchOnce, load, merge, percentile, throughput, timeCallsAsync, type FetchedResponse, type Sample,
} from "./load.ts";
import { RawBaseline } from "./raw.ts";
import { RawPostgresBaseline } from "./raw-postgresql.ts";
import { clientBench } from "./client.ts";
import { leasesBench } from "./leases.ts";
import { benchDb, dropDatabase, pgAdmin, postgresqlUrl } from "./postgresql.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const numberEnv = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

const BENCH_DB = benchDb();

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
/** Interleaved rounds for the largest size (the one the targets are about); one fewer for smaller sizes. */
const ROUNDS = numberEnv("BENCH_ROUNDS", 3);
const roundsFor = (size: number) => (size === Math.max(...SIZES) ? ROUNDS : Math.max(1, ROUNDS - 1));
const CONCURRENCY = numberEnv("BENCH_CONCURRENCY", 8);
const PHASE_MS = numberEnv("BENCH_PHASE_MS", 600);
const SEED = 20251123;
const LIST_P95_TARGET_MS = 50;
const GEOJSON_RATIO_TARGET = 0.5;
const WATCHDOG_MS = numberEnv("BENCH_MAX_MS", 15 * 60_000);

type Kind = "list" | "geojson" | "revalidate" | "cold";

interface Scenario {
  name: string;
  kind: Kind;
  path: string;
}

const FILTER = "district=stare-miasto,podgorze&accessibility=partial,full&maxRent=40";
/** Roughly the viewport of one district (Stare Miasto and around) at zoom 14 on a laptop screen. */
const BBOX = "bbox=19.92,50.05,19.96,50.07";
const SEARCH = "q=dluga";

const ALL_SCENARIOS: Scenario[] = [
  { name: "list unfiltered", kind: "list", path: "/api/premises" },
  { name: "list filtered", kind: "list", path: `/api/premises?${FILTER}` },
  { name: "list bbox", kind: "list", path: `/api/premises?${BBOX}` },
  { name: "list text search", kind: "list", path: `/api/premises?${SEARCH}` },
  { name: "list filtered, page 10, sort -rent", kind: "list", path: `/api/premises?${FILTER}&sort=-rent&page=10` },
  { name: "geojson unfiltered", kind: "geojson", path: "/api/premises.geojson" },
  { name: "geojson filtered", kind: "geojson", path: `/api/premises.geojson?${FILTER}` },
  { name: "geojson bbox", kind: "geojson", path: `/api/premises.geojson?${BBOX}` },
  { name: "geojson revalidate (304)", kind: "revalidate", path: "/api/premises.geojson" },
  { name: "geojson unfiltered, cache miss", kind: "cold", path: "/api/premises.geojson" },
];
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const SCENARIOS = ALL_SCENARIOS.filter((s) => !ONLY || ONLY.test(s.name));

// ------------------------------------------------------------------------------------------ processes

setTimeout(() => {
  console.error(`bench: watchdog fired after ${WATCHDOG_MS} ms; stopping.`);
  killChildren();
  process.exit(2);
}, WATCHDOG_MS).unref();

// ------------------------------------------------------------------------------------------ results

interface Result {
  scenario: Scenario;
  rows: number;
  bodyBytes: number;
  /** Whether the raw baseline produced byte-identical output (the same query, the same answer). */
  rawIdentical: boolean | null;
  ours8: Sample;
  bare8: Sample;
  express8: Sample;
  ours1: Sample;
  raw: Sample;
  /** Per round: ours req/s / bare req/s (c = CONCURRENCY), to show the spread of the ratio. */
  roundRatios: number[];
}

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : "-");
const rate = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : "-");
const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : "-");
const p = (s: Sample, q: number) => percentile(s.latencies, q);
const fmtInt = (n: number) => n.toLocaleString("en-US");
const bytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`);

function targetOf(r: Result, size: number): string {
  const informative = size < 100_000 ? " (info)" : "";
  if (r.scenario.kind === "list") {
    const p95 = p(r.ours1, 95);
    return `${p95 < LIST_P95_TARGET_MS ? "yes" : "**NO**"}: p95 ${ms(p95)} < ${LIST_P95_TARGET_MS} ms${informative}`;
  }
  if (r.scenario.kind === "cold") return "n/a (cache miss)";
  const q = throughput(r.ours8) / throughput(r.bare8);
  return `${q >= GEOJSON_RATIO_TARGET ? "yes" : "**NO**"}: ${ratio(q)} ≥ ${GEOJSON_RATIO_TARGET}×${informative}`;
}

function tables(size: number, results: Result[]): string {
  const lines: string[] = [];
  lines.push(`### ${fmtInt(size)} premises`, "");
  lines.push(
    `Latency (p50/p95, ms) of ours at concurrency 1 (one interactive user); ours req/s and bare req/s at concurrency ${CONCURRENCY};`,
    `raw = the same SQL through ${BENCH_DB === "postgresql" ? "one pg connection" : "better-sqlite3"} plus JSON.stringify, in-process, per call.`,
    "",
    "| scenario | rows | ours p50 | ours p95 | ours req/s | raw p50 | raw p95 | bare req/s | p95 ratio ours/raw | throughput ratio ours/bare | target met? |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  );
  for (const r of results) {
    const cold = r.scenario.kind === "cold";
    lines.push(`| ${r.scenario.name} | ${fmtInt(r.rows)} | ${ms(p(r.ours1, 50))} | ${ms(p(r.ours1, 95))} | ${cold ? "-" : rate(throughput(r.ours8))} | ${ms(p(r.raw, 50))} | ${ms(p(r.raw, 95))} | ${cold ? "-" : rate(throughput(r.bare8))} | ${ratio(p(r.ours1, 95) / p(r.raw, 95))} | ${cold ? "-" : ratio(throughput(r.ours8) / throughput(r.bare8))} | ${targetOf(r, size)} |`);
  }
  lines.push(
    "",
    `Under load (concurrency ${CONCURRENCY}, keep-alive), all latencies in ms:`,
    "",
    "| scenario | body | ours p50 | ours p95 | ours p99 | ours req/s | bare p50 | bare p95 | bare req/s | express-floor req/s | raw calls/s | ours/express | ours/raw throughput | ours/bare per round | raw output identical |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
  );
  for (const r of results) {
    if (r.scenario.kind === "cold") {
      lines.push(`| ${r.scenario.name} | ${bytes(r.bodyBytes)} | - | - | - | ${rate(throughput(r.ours1))} (c=1) | - | - | - | - | ${rate(throughput(r.raw))} | - | ${ratio(throughput(r.ours1) / throughput(r.raw))} | - | ${r.rawIdentical === null ? "-" : r.rawIdentical ? "yes" : "NO"} |`);
      continue;
    }
    lines.push(`| ${r.scenario.name} | ${bytes(r.bodyBytes)} | ${ms(p(r.ours8, 50))} | ${ms(p(r.ours8, 95))} | ${ms(p(r.ours8, 99))} | ${rate(throughput(r.ours8))} | ${ms(p(r.bare8, 50))} | ${ms(p(r.bare8, 95))} | ${rate(throughput(r.bare8))} | ${rate(throughput(r.express8))} | ${rate(throughput(r.raw))} | ${ratio(throughput(r.ours8) / throughput(r.express8))} | ${ratio(throughput(r.ours8) / throughput(r.raw))} | ${r.roundRatios.map((x) => x.toFixed(2)).join(", ")} | ${r.rawIdentical === null ? "-" : r.rawIdentical ? "yes" : "NO"} |`);
  }
  const errors = results.reduce((n, r) => n + r.ours8.errors + r.ours1.errors + r.bare8.errors + r.express8.errors, 0);
  lines.push("", `Samples: ${results.map((r) => `${r.ours1.latencies.length}/${r.ours8.latencies.length}/${r.bare8.latencies.length}/${r.express8.latencies.length}/${r.raw.latencies.length}`).join(" · ")} (ours c=1 / ours c=${CONCURRENCY} / bare / express / raw, per scenario in order); errors: ${errors}.`, "");
  return lines.join("\n");
}

function summary(bySize: Map<number, Result[]>): string {
  const largest = Math.max(...bySize.keys());
  const results = bySize.get(largest) ?? [];
  const lists = results.filter((r) => r.scenario.kind === "list");
  const worstList = lists.reduce<Result | undefined>((w, r) => (!w || p(r.ours1, 95) > p(w.ours1, 95) ? r : w), undefined);
  const geo = results.filter((r) => r.scenario.kind === "geojson" || r.scenario.kind === "revalidate");
  const worstGeo = geo.reduce<Result | undefined>((w, r) => {
    const q = throughput(r.ours8) / throughput(r.bare8);
    return !w || q < throughput(w.ours8) / throughput(w.bare8) ? r : w;
  }, undefined);
  const lines = [`## Targets over ${fmtInt(largest)} premises`, ""];
  if (worstList) {
    const met = lists.every((r) => p(r.ours1, 95) < LIST_P95_TARGET_MS);
    lines.push(`- List and bbox queries p95 < ${LIST_P95_TARGET_MS} ms (concurrency 1): **${met ? "met" : "missed"}**; worst: ${worstList.scenario.name}, p95 ${ms(p(worstList.ours1, 95))} ms (raw SQL: ${ms(p(worstList.raw, 95))} ms). ` +
      `At concurrency ${CONCURRENCY} the worst p95 is ${ms(Math.max(...lists.map((r) => p(r.ours8, 95))))} ms.`);
    for (const r of lists) lines.push(`  - ${r.scenario.name}: p95 ${ms(p(r.ours1, 95))} ms ${p(r.ours1, 95) < LIST_P95_TARGET_MS ? "✓" : "✗"}`);
  }
  if (worstGeo) {
    const met = geo.every((r) => throughput(r.ours8) / throughput(r.bare8) >= GEOJSON_RATIO_TARGET);
    lines.push(`- GeoJSON throughput ≥ ${GEOJSON_RATIO_TARGET} × bare server: **${met ? "met" : "missed"}**; worst: ${worstGeo.scenario.name}, ${ratio(throughput(worstGeo.ours8) / throughput(worstGeo.bare8))}.`);
    for (const r of geo) {
      const q = throughput(r.ours8) / throughput(r.bare8);
      lines.push(`  - ${r.scenario.name}: ${rate(throughput(r.ours8))} / ${rate(throughput(r.bare8))} req/s = ${ratio(q)} ${q >= GEOJSON_RATIO_TARGET ? "✓" : "✗"}`);
    }
  }
  return lines.join("\n");
}

// ------------------------------------------------------------------------------------------ one size

interface LoadReport {
  size: number;
  generateMs: number;
  migrateMs: number;
  insertMs: number;
  fileBytes: number;
}

/** A database loaded with `size` premises: its URL (and for SQLite its file). */
async function prepareDatabase(dir: string, size: number): Promise<{ url: string; file: string; report: LoadReport }> {
  if (BENCH_DB === "postgresql") return preparePostgresql(size);
  const file = path.join(dir, `bench-${size}.db`);
  const url = `file:${file}`;
  if (process.env.BENCH_DB_DIR) {
    copyFileSync(path.join(process.env.BENCH_DB_DIR, `bench-${size}.db`), file);
    await migrateDatabase(url);
    return { url, file, report: { size, generateMs: Number.NaN, migrateMs: Number.NaN, insertMs: Number.NaN, fileBytes: statSync(file).size } };
  }
  const { generateMs, migrateMs, insertMs } = await loadDatabase(url, size);
  const check = new Database(file, { readonly: true });
  const count = check.prepare(`SELECT COUNT(*) FROM "Premises"`).pluck().get() as number;
  const pageCount = check.pragma("page_count", { simple: true }) as number;
  const pageSize = check.pragma("page_size", { simple: true }) as number;
  check.close();
  if (count !== size) throw new Error(`loaded ${count} premises, expected ${size}`);
  return { url, file, report: { size, generateMs, migrateMs, insertMs, fileBytes: pageCount * pageSize } };
}

async function loadDatabase(url: string, size: number): Promise<{ generateMs: number; migrateMs: number; insertMs: number }> {
  let t = performance.now();
  await migrateDatabase(url);
  const migrateMs = performance.now() - t;
  t = performance.now();
  const records = generatePremises(size, SEED);
  const generateMs = performance.now() - t;
  const db = createDb(url);
  try {
    t = performance.now();
    await insertPremises(db, records);
    return { generateMs, migrateMs, insertMs: performance.now() - t };
  } finally {
    await db.$disconnect();
  }
}

const pgDatabaseOf = (size: number) => `sp_bench_${size}`;

async function preparePostgresql(size: number): Promise<{ url: string; file: string; report: LoadReport }> {
  const name = pgDatabaseOf(size);
  const url = postgresqlUrl(name);
  const count = async () => pgAdmin(async (c) => Number((await c.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Premises"`)).rows[0]!.n), name);
  const databaseBytes = () => pgAdmin(async (c) => Number((await c.query<{ n: string }>(`SELECT pg_database_size(current_database()) AS n`)).rows[0]!.n), name);
  if (process.env.BENCH_PG_REUSE && (await count().catch(() => -1)) === size) {
    await migrateDatabase(url);
    return { url, file: "", report: { size, generateMs: Number.NaN, migrateMs: Number.NaN, insertMs: Number.NaN, fileBytes: await databaseBytes() } };
  }
  await dropPostgresql(size);
  const times = await loadDatabase(url, size); // the runner creates the missing database
  const loaded = await count();
  if (loaded !== size) throw new Error(`loaded ${loaded} premises, expected ${size}`);
  return { url, file: "", report: { size, ...times, fileBytes: await databaseBytes() } };
}

const dropPostgresql = (size: number) => dropDatabase(pgDatabaseOf(size));

/** The raw baseline and the version writer of the cache-miss scenario, for either database. */
async function baselineFor(url: string, file: string) {
  if (BENCH_DB === "postgresql") {
    const raw = await RawPostgresBaseline.connect(url);
    return { raw, setVersion: (v: number) => raw.setVersion(v), close: () => raw.close() };
  }
  const raw = new RawBaseline(file);
  const writer = new Database(file);
  const statement = writer.prepare(`UPDATE "DataVersion" SET "version" = ? WHERE "key" = 'premises'`);
  return {
    raw,
    setVersion: (v: number) => { statement.run(v); return Promise.resolve(); },
    close: () => { raw.close(); writer.close(); return Promise.resolve(); },
  };
}

function rowsOf(scenario: Scenario, response: FetchedResponse): number {
  if (response.status !== 200) return 0;
  const body = JSON.parse(response.body.toString("utf8")) as { page?: { total: number }; features?: unknown[] };
  return body.page?.total ?? body.features?.length ?? 0;
}

async function benchSize(dir: string, size: number, log: (line: string) => void): Promise<{ results: Result[]; report: LoadReport }> {
  log(`\n== ${fmtInt(size)} premises: migrating and loading a fresh database...`);
  const { url, file, report } = await prepareDatabase(dir, size);
  log(`   generated in ${(report.generateMs / 1000).toFixed(1)} s, migrated in ${(report.migrateMs / 1000).toFixed(1)} s, ` +
    `inserted in ${(report.insertMs / 1000).toFixed(1)} s (${rate((size * 1000) / report.insertMs)} premises/s); file ${bytes(report.fileBytes)}`);

  const app = await startChild({ BENCH_MODE: "app", DATABASE_URL: url, DATA_DIR: dir });
  const { raw, setVersion, close: closeBaseline } = await baselineFor(url, file);
  let bare: BenchServer | undefined;
  let floor: BenchServer | undefined;
  try {
    // Capture what our API answers, once, for the bare server to replay and to check the raw baseline.
    const replayDir = path.join(dir, `replay-${size}`);
    mkdirSync(replayDir, { recursive: true });
    const manifest: ReplayEntry[] = [];
    const captured = new Map<Scenario, { response: FetchedResponse; headers: Record<string, string>; rows: number }>();
    for (const [i, scenario] of SCENARIOS.entries()) {
      let headers: Record<string, string> = {};
      let rows = 0;
      if (scenario.kind === "revalidate") {
        const first = await fetchOnce(app.port, scenario.path);
        headers = { "If-None-Match": String(first.headers.etag) };
        rows = rowsOf(scenario, first);
      }
      const response = await fetchOnce(app.port, scenario.path, headers);
      const expected = scenario.kind === "revalidate" ? 304 : 200;
      if (response.status !== expected) {
        throw new Error(`${scenario.name}: expected ${expected}, got ${response.status}: ${response.body.toString("utf8").slice(0, 500)}`);
      }
      captured.set(scenario, { response, headers, rows: rows || rowsOf(scenario, response) });
      const bodyFile = response.body.length ? `body-${i}.bin` : null;
      if (bodyFile) writeFileSync(path.join(replayDir, bodyFile), response.body);
      const pairs: [string, string][] = [];
      for (let h = 0; h < response.rawHeaders.length; h += 2) {
        const name = response.rawHeaders[h] ?? "";
        if (!HOP_HEADERS.has(name.toLowerCase())) pairs.push([name, response.rawHeaders[h + 1] ?? ""]);
      }
      manifest.push({ path: scenario.path, ifNoneMatch: headers["If-None-Match"] ?? null, status: response.status, headers: pairs, bodyFile });
    }
    writeFileSync(path.join(replayDir, "manifest.json"), JSON.stringify(manifest));
    bare = await startChild({ BENCH_MODE: "bare", BENCH_REPLAY: path.join(replayDir, "manifest.json") });
    floor = await startChild({ BENCH_MODE: "express", BENCH_REPLAY: path.join(replayDir, "manifest.json") });
    const barePort = bare.port;
    const expressPort = floor.port;

    // Baselines, and a check that they are the same query (byte-identical output) and the same bytes.
    const results: Result[] = [];
    const rawFns = new Map<Scenario, () => unknown>();
    const versionNow = await raw.version()();
    // Versions used by the cache-miss scenario: always new ones (never repeated across rounds), so that
    // every one of its requests really misses the response cache.
    let missVersion = versionNow + 1000;
    for (const scenario of SCENARIOS) {
      const { response, rows } = captured.get(scenario)!;
      let rawIdentical: boolean | null = null;
      let fn: () => unknown;
      if (scenario.kind === "list") {
        const f = raw.list(scenario.path);
        fn = f;
        rawIdentical = (await f()) === response.body.toString("utf8");
      } else if (scenario.kind === "revalidate") {
        fn = raw.version();
      } else {
        const f = raw.geojson(scenario.path);
        fn = f;
        rawIdentical = (await f()).equals(response.body);
      }
      rawFns.set(scenario, fn);
      if (scenario.kind !== "cold") {
        for (const port of [barePort, expressPort]) {
          const replayed = await fetchOnce(port, scenario.path, captured.get(scenario)!.headers);
          if (replayed.status !== response.status || !replayed.body.equals(response.body)) {
            throw new Error(`${scenario.name}: the replay server does not send the same response`);
          }
        }
      }
      results.push({
        scenario, rows, bodyBytes: response.body.length, rawIdentical,
        ours8: emptySample(), bare8: emptySample(), express8: emptySample(), ours1: emptySample(), raw: emptySample(), roundRatios: [],
      });
    }

    const target = (port: number, r: Result) => {
      const c = captured.get(r.scenario)!;
      return { port, path: r.scenario.path, headers: c.headers, status: c.response.status, bytes: c.response.body.length };
    };
    // Every phase is bounded by time (PHASE_MS) and by a request count; big bodies get fewer requests.
    const budget = (r: Result) => (r.bodyBytes > 1e6 ? 300 : 100_000);

    log(`   warming up (${SCENARIOS.length} scenarios)...`);
    for (const r of results) {
      if (r.scenario.kind === "cold") continue;
      await load(target(app.port, r), { concurrency: CONCURRENCY, requests: 100, maxMs: PHASE_MS / 2 });
      await load(target(barePort, r), { concurrency: CONCURRENCY, requests: 1000, maxMs: PHASE_MS / 4 });
      await load(target(expressPort, r), { concurrency: CONCURRENCY, requests: 1000, maxMs: PHASE_MS / 4 });
      await timeCallsAsync(rawFns.get(r.scenario)!, 50, PHASE_MS / 4);
    }

    const rounds = roundsFor(size);
    for (let round = 1; round <= rounds; round++) {
      const t0 = performance.now();
      for (const r of results) {
        const fn = rawFns.get(r.scenario)!;
        if (r.scenario.kind === "cold") {
          // Every request a cache miss: move the data version (what any write does) before each one,
          // then put it back so the other scenarios' ETags stay valid.
          const samples = emptySample();
          const deadline = performance.now() + PHASE_MS * 3;
          for (let i = 0; i < 12 && performance.now() < deadline; i++) {
            await setVersion(++missVersion);
            const s = await load({ ...target(app.port, r), bytes: undefined }, { concurrency: 1, requests: 1, maxMs: 60_000 });
            merge(samples, s);
          }
          await setVersion(versionNow);
          merge(r.ours1, samples);
          merge(r.raw, await timeCallsAsync(fn, 12, PHASE_MS * 3));
          continue;
        }
        const requests = budget(r);
        const phases: (() => Promise<void>)[] = [
          async () => {
            await load(target(app.port, r), { concurrency: CONCURRENCY, requests: 2 * CONCURRENCY, maxMs: PHASE_MS });
            const s = await load(target(app.port, r), { concurrency: CONCURRENCY, requests, maxMs: PHASE_MS });
            merge(r.ours8, s);
            (r as Result & { lastOurs?: number }).lastOurs = throughput(s);
          },
          async () => {
            const s = await load(target(barePort, r), { concurrency: CONCURRENCY, requests, maxMs: PHASE_MS });
            merge(r.bare8, s);
            (r as Result & { lastBare?: number }).lastBare = throughput(s);
          },
          async () => { merge(r.raw, await timeCallsAsync(fn, requests, PHASE_MS)); },
          async () => { merge(r.ours1, await load(target(app.port, r), { concurrency: 1, requests: Math.min(requests, 400), maxMs: PHASE_MS })); },
          async () => {
            merge(r.express8, await load(target(expressPort, r), { concurrency: CONCURRENCY, requests, maxMs: PHASE_MS }));
          },
        ];
        // Alternate the order of the variants from round to round.
        const order = round % 2 === 1 ? [0, 1, 4, 2, 3] : [1, 4, 3, 2, 0];
        for (const i of order) await phases[i]!();
        const x = r as Result & { lastOurs?: number; lastBare?: number };
        r.roundRatios.push((x.lastOurs ?? Number.NaN) / (x.lastBare ?? Number.NaN));
      }
      log(`   round ${round}/${rounds} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    return { results, report };
  } finally {
    await closeBaseline();
    await app.stop();
    await bare?.stop();
    await floor?.stop();
  }
}

// ------------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  const started = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "sp-bench-"));
  const log = (line: string) => console.log(line);
  const bySize = new Map<number, Result[]>();
  const reports: LoadReport[] = [];
  try {
    for (const size of SIZES) {
      const { results, report } = await benchSize(dir, size, log);
      bySize.set(size, results);
      reports.push(report);
    }
  } finally {
    if (process.env.BENCH_KEEP) log(`databases kept in ${BENCH_DB === "postgresql" ? SIZES.map(pgDatabaseOf).join(", ") : dir}`);
    else {
      rmSync(dir, { recursive: true, force: true });
      if (BENCH_DB === "postgresql") for (const size of SIZES) await dropPostgresql(size);
    }
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const out = [
    `# Benchmark: premises list and GeoJSON (${BENCH_DB === "postgresql" ? "PostgreSQL" : "SQLite"})`,
    "",
    `${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${cpu} · ${SIZES.map((n) => `${roundsFor(n)} rounds at ${fmtInt(n)}`).join(", ")} (interleaved) · ` +
      `concurrency ${CONCURRENCY} · ${PHASE_MS} ms per phase · seed ${SEED}`,
    "",
    "Load (fresh database, `migrateDatabase` then `insertPremises(db, generatePremises(n))`):",
    "",
    "| premises | generate | migrate | insert | premises/s | file |",
    "|---:|---:|---:|---:|---:|---:|",
    ...reports.map((r) => `| ${fmtInt(r.size)} | ${(r.generateMs / 1000).toFixed(1)} s | ${(r.migrateMs / 1000).toFixed(1)} s | ${(r.insertMs / 1000).toFixed(1)} s | ${rate((r.size * 1000) / r.insertMs)} | ${bytes(r.fileBytes)} |`),
    "",
    ...[...bySize].map(([size, results]) => tables(size, results)),
    summary(bySize),
    "",
    `Total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    "",
  ].join("\n");
  console.log(`\n${out}`);
  const artifacts = path.join(root, "tests/artifacts");
  mkdirSync(artifacts, { recursive: true });
  const report = BENCH_DB === "postgresql" ? "bench-postgresql.md" : "bench.md";
  writeFileSync(path.join(artifacts, report), out);
  console.log(`(written to tests/artifacts/${report})`);
  // The client in a real browser, beside the API tables (BENCH_CLIENT=0 leaves it out).
  if (process.env.BENCH_CLIENT !== "0") {
    const client = await clientBench(log);
    console.log(`\n${client}`);
    writeFileSync(path.join(artifacts, report), `\n${client}`, { flag: "a" });
  }
  // Lease schedules and agreement PDFs on one core (BENCH_LEASES=0 leaves it out).
  if (process.env.BENCH_LEASES !== "0") {
    const leases = await leasesBench(log);
    console.log(`\n${leases}`);
    writeFileSync(path.join(artifacts, report), `\n${leases}`, { flag: "a" });
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
