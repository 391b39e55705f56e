import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import request from "supertest";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "@shared/domain/dates.ts";
import { createApp } from "@server/app.ts";
import { loadEnv } from "@server/lib/env.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const IMMUTABLE = "public, max-age=31536000, immutable";

let t: TestApp;
let app: ReturnType<typeof createApp>;
let clientDir: string;
let entry: string;

// supertest decodes br and gzip by Content-Encoding: the body read here is the file as it was built.
const raw = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on("data", (chunk: Buffer) => chunks.push(chunk));
  res.on("end", () => done(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  // A build of its own, so that the browser tests' dist/client is never rebuilt under them.
  clientDir = mkdtempSync(path.join(tmpdir(), "sp-client-"));
  await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "silent", build: { outDir: clientDir, emptyOutDir: true } });
  t = await createTestApp();
  const env = loadEnv({ NODE_ENV: "production", DATABASE_URL: t.databaseUrl, DATA_DIR: clientDir });
  app = createApp({ db: t.db, env, log: () => {}, clock: systemClock }, { clientDir });
  entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(readFileSync(path.join(clientDir, "index.html"), "utf8"))?.[1] ?? "";
}, 120_000);

afterAll(async () => {
  await t?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe("the built client as the server sends it", () => {
  it("sends the brotli file of a script to a browser that takes brotli, cached for a year", async () => {
    expect(entry).not.toBe("");
    const res = await request(app).get(entry).set("Accept-Encoding", "gzip, deflate, br").buffer(true).parse(raw);
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.headers["cache-control"]).toBe(IMMUTABLE);
    expect((res.body as Buffer).equals(readFileSync(path.join(clientDir, entry)))).toBe(true);
  });

  it("sends gzip to a browser without brotli, and the plain file to one that takes neither", async () => {
    const gz = await request(app).get(entry).set("Accept-Encoding", "gzip").buffer(true).parse(raw);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect((gz.body as Buffer).equals(readFileSync(path.join(clientDir, entry)))).toBe(true);
    const plain = await request(app).get(entry).set("Accept-Encoding", "identity").buffer(true).parse(raw);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect((plain.body as Buffer).equals(readFileSync(path.join(clientDir, entry)))).toBe(true);
  });

  it("has the page itself revalidated every time, compressed too, on every client route", async () => {
    for (const url of ["/", "/premises/00000000-0000-4000-8000-000000000000", "/premises-register"]) {
      const res = await request(app).get(url).set("Accept-Encoding", "br").buffer(true).parse(raw);
      expect(res.status).toBe(200);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["content-encoding"]).toBe("br");
      expect((res.body as Buffer).toString("utf8")).toContain('<div id="root">');
    }
  });

  it("builds and serves no source maps, and answers 404 for a missing asset", async () => {
    const files = readdirSync(clientDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      expect(readFileSync(path.join(clientDir, file), "utf8")).not.toContain("sourceMappingURL");
    }
    expect((await request(app).get(`${entry}.map`)).status).toBe(404);
    expect((await request(app).get("/assets/index-gone.js")).status).toBe(404);
    expect((await request(app).get(`${entry}.br`)).status).toBe(404);
  });
});
