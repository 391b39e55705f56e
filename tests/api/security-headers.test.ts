import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "@shared/domain/dates.ts";
import { createApp } from "@server/app.ts";
import { loadEnv } from "@server/lib/env.ts";
import { tileSource } from "@server/lib/security-headers.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Issue 10, headers: helmet's headers on every response, a Content-Security-Policy the built client
// passes (tests/e2e/map.test.ts fails on any violation in the browser), HSTS only in production, and no
// source map served even when one lies in the build folder.

let t: TestApp;
let clientDir: string;

// A built client as Vite writes it: two inline scripts in the page (the early requests and the home
// page's preload list), the entry as a module file, and a stray source map.
const EARLY = `window.earlyResponses = {};`;
const PRELOAD = `if(location.pathname==="/")console.log("preload")`;
const INDEX = `<!doctype html><html><head><title>x</title>\n    <script>${PRELOAD}</script><script>\n      ${EARLY}\n    </script>`
  + `<script type="module" crossorigin src="/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>`;
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function app(env: Record<string, string>) {
  const e = loadEnv({ DATABASE_URL: t.databaseUrl, DATA_DIR: clientDir, ...env });
  return createApp({ db: t.db, env: e, log: () => {}, clock: systemClock }, { clientDir });
}

/** The policy as directive → sources. */
function csp(header: string | undefined): Record<string, string[]> {
  expect(header).toBeDefined();
  return Object.fromEntries((header ?? "").split(";").map((d) => d.trim().split(/\s+/)).filter(([name]) => name).map(([name = "", ...sources]) => [name, sources]));
}

beforeAll(async () => {
  t = await createTestApp();
  clientDir = mkdtempSync(path.join(tmpdir(), "sp-headers-"));
  mkdirSync(path.join(clientDir, "assets"));
  writeFileSync(path.join(clientDir, "index.html"), INDEX);
  writeFileSync(path.join(clientDir, "assets", "index-abc.js"), "console.log(1)\n//# sourceMappingURL=index-abc.js.map\n");
  writeFileSync(path.join(clientDir, "assets", "index-abc.js.map"), "{\"version\":3,\"sources\":[\"secret.ts\"]}");
});
afterAll(async () => {
  await t?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe("security headers in development", () => {
  it("the page gets a policy allowing its own scripts and exactly its two inline scripts, by hash", async () => {
    const res = await request(app({ NODE_ENV: "development" })).get("/").expect(200);
    const policy = csp(res.headers["content-security-policy"]);
    expect(policy["script-src"]).toEqual(["'self'", sha256(PRELOAD), sha256(`\n      ${EARLY}\n    `)]);
    expect(policy["script-src-attr"]).toEqual(["'none'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["style-src"]).toEqual(["'self'"]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    // Leaflet: tiles from the default TILE_URL (https://{s}.tile.openstreetmap.org/…), icons as data: URLs.
    expect(policy["img-src"]).toEqual(["'self'", "data:", "blob:", "https://*.tile.openstreetmap.org"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy["upgrade-insecure-requests"]).toBeUndefined();
    expect(res.headers["strict-transport-security"]).toBeUndefined();
    expect(res.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
      "cross-origin-opener-policy": "same-origin",
    });
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("an API answer carries the same headers", async () => {
    const res = await request(app({ NODE_ENV: "development" })).get("/api/config").expect(200);
    expect(csp(res.headers["content-security-policy"])["default-src"]).toEqual(["'self'"]);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("takes the tile host from TILE_URL", async () => {
    const res = await request(app({ NODE_ENV: "development", TILE_URL: "https://kafelki.krakow.pl:8443/osm/{z}/{x}/{y}.png" })).get("/").expect(200);
    expect(csp(res.headers["content-security-policy"])["img-src"]).toContain("https://kafelki.krakow.pl:8443");
  });
});

describe("security headers in production", () => {
  it("adds HSTS for a year and upgrade-insecure-requests", async () => {
    const res = await request(app({ NODE_ENV: "production" })).get("/").expect(200);
    expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(csp(res.headers["content-security-policy"])["upgrade-insecure-requests"]).toEqual([]);
    const api = await request(app({ NODE_ENV: "production" })).get("/api/config").expect(200);
    expect(api.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });

  it("never serves a source map, even one lying in the build folder", async () => {
    const prod = app({ NODE_ENV: "production" });
    await request(prod).get("/assets/index-abc.js").expect(200);
    const map = await request(prod).get("/assets/index-abc.js.map").expect(404);
    expect(map.text).not.toContain("secret.ts");
  });
});

describe("the tile source of a Leaflet URL template", () => {
  it.each([
    ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org"],
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"],
    ["https://kafelki.krakow.pl:8443/osm/{z}/{x}/{y}{r}.png", "https://kafelki.krakow.pl:8443"],
    ["https://tiles-{s}.example.com/{z}/{x}/{y}.png", "https:"],
    ["/tiles/{z}/{x}/{y}.png", null],
  ])("%s → %s", (template, source) => {
    expect(tileSource(template)).toBe(source);
  });
});
