import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { RequestHandler } from "express";
import { langFromCookies } from "@shared/i18n/page-language.ts";

/** What the English page says before its script runs: the <html lang>, the title, the description, the noscript notice. */
const ENGLISH_SHELL: [RegExp, string][] = [
  [/<html lang="pl">/, '<html lang="en">'],
  [/<title>[^<]*<\/title>/, "<title>Premises for the social economy — Kraków</title>"],
  [/(<meta name="description" content=")[^"]*"/, '$1Commercial premises of the City of Kraków for social cooperatives, NGOs and social enterprises: map, list, accessibility."'],
  [/<noscript>[^<]*<\/noscript>/, "<noscript>This page needs JavaScript. The premises data is also available at /api/premises.</noscript>"],
];

/**
 * The client's page in English for a browser whose language cookie says so (the Polish page is the
 * built file as it is, served by the static files). Made once, compressed once: the page is small
 * and the inline scripts, and so the Content-Security-Policy's hashes, do not change.
 */
export function englishPage(indexHtml: string): RequestHandler {
  const html = ENGLISH_SHELL.reduce((page, [pattern, replacement]) => page.replace(pattern, replacement), readFileSync(indexHtml, "utf8"));
  const plain = Buffer.from(html);
  const variants = { br: brotliCompressSync(plain), gzip: gzipSync(plain), identity: plain };
  const etag = `"en-${createHash("sha1").update(plain).digest("base64url").slice(0, 20)}"`;
  return (req, res, next) => {
    if (langFromCookies(req.get("cookie")) !== "en") return next();
    const encoding = (["br", "gzip"] as const).find((e) => req.acceptsEncodings(e) === e) ?? "identity";
    res.set({ "Cache-Control": "no-cache", Vary: "Accept-Encoding, Cookie", ETag: etag, "Content-Language": "en" }).type("html");
    if (encoding !== "identity") res.set("Content-Encoding", encoding);
    if (req.fresh) return void res.status(304).end();
    res.send(variants[encoding]);
  };
}
