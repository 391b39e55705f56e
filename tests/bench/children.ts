/**
 * The benchmark's servers (the app, the bare replay, the Express floor) each run in a child process
 * (tests/bench/child.ts under tsx), so the load generator never shares their event loop. Children
 * still running when the benchmark exits, or is interrupted, are killed.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const children = new Set<ChildProcess>();

export function killChildren(): void {
  for (const child of children) child.kill("SIGKILL");
}
process.on("exit", killChildren);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    killChildren();
    process.exit(130);
  });
}

export interface BenchServer {
  port: number;
  /** The child's process id (its memory is read from /proc by the import benchmark). */
  pid: number;
  stop: () => Promise<void>;
}

/** Starts tests/bench/child.ts with `env` (BENCH_MODE=app|bare|express and its settings); resolves once it listens. */
export function startChild(env: Record<string, string>): Promise<BenchServer> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, "tests/bench/child.ts"), [], {
      cwd: root,
      execArgv: ["--import", "tsx"],
      env: { ...process.env, ...env },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    children.add(child);
    const timer = setTimeout(() => reject(new Error(`${env.BENCH_MODE} server did not start in 60 s`)), 60_000);
    child.once("exit", (code) => {
      children.delete(child);
      clearTimeout(timer);
      reject(new Error(`${env.BENCH_MODE} server exited with ${code}`));
    });
    child.on("message", (m: { type?: string; port?: number }) => {
      if (m.type !== "listening" || !m.port) return;
      clearTimeout(timer);
      resolve({
        port: m.port,
        pid: child.pid!,
        stop: () => new Promise<void>((done) => {
          const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
          child.removeAllListeners("exit");
          child.once("exit", () => { clearTimeout(kill); children.delete(child); done(); });
          child.send({ type: "stop" });
        }),
      });
    });
  });
}
