/**
 * The client in a real browser (Debian's Chromium through playwright-core): builds the client, serves
 * the production app on the Kraków demo data from a child process, and measures
 *   - the home page's JavaScript as transferred (compressed) and decoded, per file and in total
 *     (resource timing's encodedBodySize / decodedBodySize of every script the page loads);
 *   - the time from navigation start to the first marker or cluster of the map in the DOM, median of
 *     BENCH_CLIENT_RUNS cold loads (a new context each, HTTP cache disabled) on localhost and on a
 *     simulated 9 Mbit/s link with 60 ms latency (CDP Network.emulateNetworkConditions).
 * Alone: `npx tsx tests/bench/client.ts` (appends its table to tests/artifacts/bench.md); `npm run bench`
 * runs it after the API tables. BENCH_CLIENT_BUILD=0 skips the build (uses dist/client as it is);
 * BENCH_CLIENT_RUNS=5 loads per link; BENCH_CLIENT_BASELINE_URL measures another server in turn with ours;
 * BENCH_CLIENT_TRACE=1 prints each slow-link load's requests.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { createDb } from "@server/lib/db.ts";
import { migrateDatabase } from "@server/lib/migrate.ts";
import { seedDemoData } from "@server/seed.ts";
import { launchBrowser } from "@tests/support/browser.ts";
import { startChild, type BenchServer } from "./children.ts";
import { runAlone } from "./report.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUNS = Number(process.env.BENCH_CLIENT_RUNS ?? 5);
const JS_TARGET_BYTES = 150 * 1024;
const LOCAL_TARGET_MS = 1000;
const SLOW_TARGET_MS = 2000;
/** 9 Mbit/s both ways, 60 ms of latency: a middling mobile or rural link. */
const SLOW_LINK = { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 9e6 / 8 };
const MARKER = ".premises-marker, .premises-cluster, .leaflet-marker-icon";

interface Script {
  name: string;
  encoded: number;
  decoded: number;
}

interface Load {
  markersMs: number;
  scripts: Script[];
  /** Every request of the page: when it started and ended (ms after navigation), for BENCH_CLIENT_TRACE=1. */
  timeline: { name: string; start: number; end: number }[];
}

function startApp(databaseUrl: string, dataDir: string): Promise<BenchServer> {
  // No tile server is reachable here: a refused port fails at once, like a blocked one.
  return startChild({ BENCH_MODE: "app", DATABASE_URL: databaseUrl, DATA_DIR: dataDir, TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png" });
}

/** One cold load of `url`: a new context, no HTTP cache, optionally a throttled link. */
async function coldLoad(browser: Browser, url: string, throttled: boolean): Promise<Load> {
  const context = await browser.newContext({ locale: "pl-PL", timezoneId: "Europe/Warsaw", viewport: { width: 1366, height: 900 } });
  try {
    // performance.now() is measured from the navigation's start (the time origin of the document).
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    await context.addInitScript(`{
      const observer = new MutationObserver(() => {
        if (window.markersAt === undefined && document.querySelector(${JSON.stringify(MARKER)})) {
          window.markersAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (throttled) await cdp.send("Network.emulateNetworkConditions", SLOW_LINK);
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { markersAt?: number }).markersAt !== undefined, null, { timeout: 60_000, polling: 100 });
    await page.waitForLoadState("load");
    return page.evaluate(() => ({
      markersMs: (window as unknown as { markersAt: number }).markersAt,
      scripts: (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => new URL(e.name).pathname.endsWith(".js"))
        .map((e) => ({ name: new URL(e.name).pathname, encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
      timeline: (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .map((e) => ({ name: new URL(e.name).pathname + new URL(e.name).search.slice(0, 30), start: Math.round(e.startTime), end: Math.round(e.responseEnd) })),
    }));
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const met = (ok: boolean) => (ok ? "yes" : "**NO**");

/** The baseline's figures beside ours, measured in the same run, loads interleaved. */
function baselineTable(local: Load[], slow: Load[], ours: { encoded: number; localMs: number; slowMs: number }): string[] {
  const encoded = local[0]!.scripts.reduce((n, s) => n + s.encoded, 0);
  const localMs = median(local.map((l) => l.markersMs));
  const slowMs = median(slow.map((l) => l.markersMs));
  return [
    `Baseline (${process.env.BENCH_CLIENT_BASELINE_URL}), loaded in turn with ours:`,
    "",
    "| measure | baseline | runs | ours | ours / baseline |",
    "|---|---:|---|---:|---:|",
    `| home page JavaScript, transferred (${local[0]!.scripts.length} files) | ${kb(encoded)} | - | ${kb(ours.encoded)} | ${(ours.encoded / encoded).toFixed(2)} |`,
    `| markers visible, localhost | ${sec(localMs)} | ${local.map((l) => sec(l.markersMs)).join(", ")} | ${sec(ours.localMs)} | ${(ours.localMs / localMs).toFixed(2)} |`,
    `| markers visible, 9 Mbit/s, 60 ms | ${sec(slowMs)} | ${slow.map((l) => sec(l.markersMs)).join(", ")} | ${sec(ours.slowMs)} | ${(ours.slowMs / slowMs).toFixed(2)} |`,
    "",
  ];
}

/** Builds, serves and measures; returns the Markdown section. */
export async function clientBench(log: (line: string) => void = console.log): Promise<string> {
  if (process.env.BENCH_CLIENT_BUILD !== "0") {
    log("client: building (vite build)...");
    execFileSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build"], { cwd: root, stdio: "ignore" });
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "sp-bench-client-"));
  const databaseUrl = `file:${path.join(dir, "demo.db")}`;
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  let browser: Browser | undefined;
  try {
    await migrateDatabase(databaseUrl);
    const db = createDb(databaseUrl);
    await seedDemoData(db, () => {});
    await db.$disconnect();
    app = await startApp(databaseUrl, dir);
    browser = await launchBrowser();
    const url = `http://127.0.0.1:${app.port}/`;
    // Another build served elsewhere (an older commit, say), loaded in turn with ours so that the
    // machine's noise hits both alike: BENCH_CLIENT_BASELINE_URL=http://127.0.0.1:3999/
    const baselineUrl = process.env.BENCH_CLIENT_BASELINE_URL;
    await coldLoad(browser, url, false); // warm-up: the server's first responses, Chromium's first start
    if (baselineUrl) await coldLoad(browser, baselineUrl, false);
    const local: Load[] = [];
    const slow: Load[] = [];
    const baseLocal: Load[] = [];
    const baseSlow: Load[] = [];
    for (let i = 0; i < RUNS; i++) {
      local.push(await coldLoad(browser, url, false));
      if (baselineUrl) baseLocal.push(await coldLoad(browser, baselineUrl, false));
      slow.push(await coldLoad(browser, url, true));
      if (baselineUrl) baseSlow.push(await coldLoad(browser, baselineUrl, true));
      log(`client: run ${i + 1}/${RUNS}: markers at ${sec(local.at(-1)!.markersMs)} (localhost), ${sec(slow.at(-1)!.markersMs)} (9 Mbit/s, 60 ms)` +
        (baselineUrl ? `; baseline ${sec(baseLocal.at(-1)!.markersMs)}, ${sec(baseSlow.at(-1)!.markersMs)}` : ""));
      if (process.env.BENCH_CLIENT_TRACE) for (const r of slow.at(-1)!.timeline) log(`  ${String(r.start).padStart(5)}–${String(r.end).padEnd(5)} ${r.name}`);
    }
    const scripts = local[0]!.scripts;
    const encoded = scripts.reduce((n, s) => n + s.encoded, 0);
    const decoded = scripts.reduce((n, s) => n + s.decoded, 0);
    const localMs = median(local.map((l) => l.markersMs));
    const slowMs = median(slow.map((l) => l.markersMs));
    return [
      "## Client in the browser (Chromium, Kraków demo data)",
      "",
      `${new Date().toISOString()} · ${RUNS} cold loads per link (new context, cache disabled) · ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}`,
      "",
      "JavaScript of the home page (`/`), as transferred and decoded:",
      "",
      "| file | transferred | decoded |",
      "|---|---:|---:|",
      ...scripts.map((s) => `| ${s.name} | ${kb(s.encoded)} | ${kb(s.decoded)} |`),
      `| **total** (${scripts.length} files) | **${kb(encoded)}** | ${kb(decoded)} |`,
      "",
      "| measure | median | runs | target | met? |",
      "|---|---:|---|---:|---|",
      `| home page JavaScript, transferred | ${kb(encoded)} | - | ≤ ${kb(JS_TARGET_BYTES)} | ${met(encoded <= JS_TARGET_BYTES)} |`,
      `| markers visible, localhost | ${sec(localMs)} | ${local.map((l) => sec(l.markersMs)).join(", ")} | ≤ ${sec(LOCAL_TARGET_MS)} | ${met(localMs <= LOCAL_TARGET_MS)} |`,
      `| markers visible, 9 Mbit/s, 60 ms | ${sec(slowMs)} | ${slow.map((l) => sec(l.markersMs)).join(", ")} | ≤ ${sec(SLOW_TARGET_MS)} | ${met(slowMs <= SLOW_TARGET_MS)} |`,
      "",
      ...(baselineUrl ? baselineTable(baseLocal, baseSlow, { encoded, localMs, slowMs }) : []),
    ].join("\n");
  } finally {
    await browser?.close();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

runAlone(import.meta.url, clientBench);
