/**
 * Where does a request's time go? Starts the real app (child process, CPU profiler) on an existing
 * database, sends one URL at fixed concurrency, stops the app and summarizes its CPU profile: self time
 * by package and by function, and inclusive time of the project's own functions.
 *
 *   npx tsx tests/bench/profile.ts <file.db> <path> [requests=2000] [concurrency=8] [revalidate]
 *
 * With "revalidate", every request sends the ETag of a first response in If-None-Match (304s).
 *
 * (Run `BENCH_KEEP=1 npm run bench` once to get databases to profile against.)
 */
import { fork } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fetchOnce, load, percentile, throughput } from "./load.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

function packageOf(url: string): string {
  if (!url) return "(native / gc / idle)";
  if (url.startsWith("node:")) return "node: internals";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const local = url.replace(`file://${root}/`, "");
  return local.split("/").slice(0, 2).join("/");
}

export function summarize(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length); // ms per sample
  const total = profile.samples.length;
  const idle = profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").reduce((s, n) => s + n.hitCount, 0);
  const busy = total - idle;
  const self = new Map<string, number>();
  const pkg = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const key = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${packageOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  for (const n of profile.nodes) {
    if (n.callFrame.functionName === "(idle)") continue;
    self.set(key(n), (self.get(key(n)) ?? 0) + n.hitCount);
    const p = n.callFrame.functionName === "(garbage collector)" ? "(gc)" : packageOf(n.callFrame.url);
    pkg.set(p, (pkg.get(p) ?? 0) + n.hitCount);
  }
  // Inclusive time per function, counting each sample once per distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackCache = new Map<number, Set<string>>();
  const stackOf = (id: number): Set<string> => {
    let s = stackCache.get(id);
    if (s) return s;
    const node = byId.get(id)!;
    const up = parent.get(id);
    s = new Set(up === undefined ? [] : stackOf(up));
    s.add(key(node));
    stackCache.set(id, s);
    return s;
  };
  for (const n of profile.nodes) {
    if (!n.hitCount || n.callFrame.functionName === "(idle)") continue;
    for (const k of stackOf(n.id)) inclusive.set(k, (inclusive.get(k) ?? 0) + n.hitCount);
  }
  const pct = (v: number) => `${((100 * v) / Math.max(1, busy)).toFixed(1)}%`;
  const lines = [`busy ${(busy * interval).toFixed(0)} ms of ${(total * interval).toFixed(0)} ms sampled`, "", "self time by package:"];
  for (const [k, v] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`  ${pct(v).padStart(6)}  ${k}`);
  lines.push("", "self time by function:");
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(v).padStart(6)}  ${k}`);
  lines.push("", "inclusive time, the project's own functions and selected library entry points:");
  const interesting = (k: string) => /(server|shared)\/|@prisma\/client|adapter-better-sqlite3|express|router|zod/.test(k);
  for (const [k, v] of [...inclusive].filter(([k]) => interesting(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`  ${pct(v).padStart(6)}  ${k}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const [file, urlPath, requests = "2000", concurrency = "8", revalidate] = process.argv.slice(2);
  if (!file || !urlPath) throw new Error("usage: profile.ts <file.db> <path> [requests] [concurrency] [revalidate]");
  const dir = mkdtempSync(path.join(os.tmpdir(), "sp-prof-"));
  const child = fork(path.join(root, "tests/bench/child.ts"), [], {
    cwd: root,
    execArgv: ["--import", "tsx"],
    env: { ...process.env, BENCH_MODE: "app", DATABASE_URL: `file:${path.resolve(file)}`, DATA_DIR: dir },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.on("message", (m: { type?: string; port?: number }) => m.type === "listening" && m.port && resolve(m.port));
    child.once("exit", (code) => reject(new Error(`app exited with ${code}`)));
  });
  const reply = (type: string) => new Promise<void>((resolve) => {
    const on = (m: { type?: string }) => {
      if (m.type !== type) return;
      child.off("message", on);
      resolve();
    };
    child.on("message", on);
  });
  const ifNoneMatch = revalidate ? String((await fetchOnce(port, urlPath)).headers.etag) : undefined;
  const headers: Record<string, string> = ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {};
  const status = ifNoneMatch ? 304 : 200;
  await load({ port, path: urlPath, headers, status }, { concurrency: Number(concurrency), requests: 200, maxMs: 10_000 });
  const started = reply("profile-started");
  child.send({ type: "profile-start" });
  await started;
  const s = await load({ port, path: urlPath, headers, status }, { concurrency: Number(concurrency), requests: Number(requests), maxMs: 60_000 });
  console.log(`${urlPath}: ${s.latencies.length} requests, ${throughput(s).toFixed(0)} req/s, p50 ${percentile(s.latencies, 50).toFixed(2)} ms, p95 ${percentile(s.latencies, 95).toFixed(2)} ms, errors ${s.errors}`);
  const written = reply("profile-written");
  const prof = path.join(dir, "app.cpuprofile");
  child.send({ type: "profile-stop", file: prof });
  await written;
  child.send({ type: "stop" });
  if (process.env.PROFILE_OUT) copyFileSync(prof, process.env.PROFILE_OUT);
  console.log(summarize(JSON.parse(readFileSync(prof, "utf8")) as Profile));
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
