import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import helmet from "helmet";
import type { Env } from "./env.ts";

/**
 * The security headers of every response (helmet), with a Content-Security-Policy the built client
 * passes as it is: scripts only from this origin plus the inline scripts of index.html by their hash,
 * images from this origin, the tile server of TILE_URL and data:/blob: (Leaflet's icons and layers),
 * requests only to this API, no plugins, no framing, no <base>. HSTS and upgrade-insecure-requests
 * only when NODE_ENV=production (development runs on plain http://localhost). User files override the
 * policy with a sandbox of their own (premises-register file routes).
 */
export function securityHeaders(env: Pick<Env, "NODE_ENV" | "TILE_URL">, indexHtml?: string): RequestHandler {
  const production = env.NODE_ENV === "production";
  const scripts = indexHtml ? inlineScriptHashes(indexHtml) : [];
  const tiles = tileSource(env.TILE_URL);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "base-uri": ["'self'"],
        "script-src": ["'self'", ...scripts],
        "script-src-attr": ["'none'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:", ...(tiles ? [tiles] : [])],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        ...(production ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    xFrameOptions: { action: "deny" },
    // Tile servers' usage policies ask for a Referer: other origins get ours without the path.
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });
}

/** 'sha256-…' sources for the inline <script> elements of a page (those without src). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map(([, body]) => `'sha256-${createHash("sha256").update(body ?? "", "utf8").digest("base64")}'`);
  return [...new Set(hashes)];
}

/**
 * The CSP source of a Leaflet tile URL template: https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png
 * gives https://*.tile.openstreetmap.org; a fixed host gives itself; a template elsewhere in the host
 * gives the whole scheme; a path on this server (/tiles/{z}/…) needs nothing beyond 'self'.
 */
export function tileSource(template: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!match) return null;
  const [, scheme, host = ""] = match;
  if (!host.includes("{")) return `${scheme}://${host}`;
  const sub = /^\{[^{}]+\}\.([^{}]+)$/.exec(host);
  return sub ? `${scheme}://*.${sub[1]}` : `${scheme}:`;
}
