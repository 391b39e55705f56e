/**
 * A server for the benchmark, run in a child process so that the load generator (the parent) does not
 * share its event loop:
 *   BENCH_MODE=app   the real app (createApp) on DATABASE_URL
 *   BENCH_MODE=bare  a bare node:http server replaying the exact responses listed in BENCH_REPLAY
 *   BENCH_MODE=express  the same replay behind a minimal Express 5 app (one middleware): the floor
 *                    of any Express handler, to tell Express's share from ours
 * Listens on 127.0.0.1 on an ephemeral port, reports it to the parent over IPC, and exits when the
 * parent says "stop" or goes away.
 */
import http from "node:http";
import { Session } from "node:inspector/promises";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { ReplayEntry } from "./replay.ts";
import { systemClock } from "@shared/domain/dates.ts";

const replayKey = (p: string, inm: string | null) => `${inm ?? ""} ${p}`;

type Replay = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function replayer(manifestFile: string): Replay {
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as ReplayEntry[];
  const dir = path.dirname(manifestFile);
  const table = new Map<string, { status: number; headers: [string, string][]; body: Buffer | null }>();
  for (const e of manifest) {
    table.set(replayKey(e.path, e.ifNoneMatch), {
      status: e.status, headers: e.headers, body: e.bodyFile ? readFileSync(path.join(dir, e.bodyFile)) : null,
    });
  }
  return (req, res) => {
    const inm = req.headers["if-none-match"];
    const hit = table.get(replayKey(req.url ?? "", typeof inm === "string" ? inm : null));
    if (!hit) {
      res.writeHead(404, { "Content-Length": "0" }).end();
      return;
    }
    for (const [name, value] of hit.headers) res.setHeader(name, value);
    res.statusCode = hit.status;
    res.end(hit.body ?? undefined);
  };
}

async function expressServer(manifestFile: string): Promise<http.Server> {
  const { default: express } = await import("express");
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  const replay = replayer(manifestFile);
  app.use((req, res) => replay(req, res));
  return http.createServer(app);
}

async function appServer(databaseUrl: string, dataDir: string): Promise<{ server: http.Server; close: () => Promise<void> }> {
  process.env.NODE_ENV = "production";
  const [{ createApp }, { createDb }, { loadEnv }] = await Promise.all([
    import("@server/app.ts"), import("@server/lib/db.ts"), import("@server/lib/env.ts"),
  ]);
  const env = loadEnv({
    NODE_ENV: "production", DATABASE_URL: databaseUrl, DATA_DIR: dataDir, HOST: "127.0.0.1", PORT: "0", SEED_DEMO: "false",
  });
  const db = createDb(databaseUrl);
  await db.$connect();
  const app = createApp({ db, env, clock: systemClock, log: (message, error) => console.error(`[app] ${message}`, error ?? "") });
  return { server: http.createServer(app), close: () => db.$disconnect() };
}

async function main(): Promise<void> {
  const mode = process.env.BENCH_MODE;
  let close = async () => {};
  let server: http.Server;
  if (mode === "bare") {
    server = http.createServer(replayer(process.env.BENCH_REPLAY ?? ""));
  } else if (mode === "express") {
    server = await expressServer(process.env.BENCH_REPLAY ?? "");
  } else if (mode === "app") {
    const app = await appServer(process.env.DATABASE_URL ?? "", process.env.DATA_DIR ?? "");
    server = app.server;
    close = app.close;
  } else {
    throw new Error(`BENCH_MODE must be app, bare or express, not ${mode}`);
  }
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ type: "listening", port: (server.address() as AddressInfo).port });
  });
  const stop = () => {
    server.closeAllConnections();
    server.close();
    void close().finally(() => process.exit(0));
  };
  // CPU profiling on request (tests/bench/profile.ts), so that start-up is not in the profile.
  const session = new Session();
  process.on("message", (m: { type?: string; file?: string }) => {
    if (m.type === "stop") stop();
    if (m.type === "profile-start") {
      session.connect();
      void session.post("Profiler.enable")
        .then(() => session.post("Profiler.setSamplingInterval", { interval: 200 }))
        .then(() => session.post("Profiler.start"))
        .then(() => process.send?.({ type: "profile-started" }));
    }
    if (m.type === "profile-stop" && m.file) {
      void session.post("Profiler.stop").then(({ profile }) => {
        writeFileSync(m.file!, JSON.stringify(profile));
        session.disconnect();
        process.send?.({ type: "profile-written" });
      });
    }
  });
  process.on("disconnect", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
