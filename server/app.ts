import express, { type Express } from "express";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AppContext } from "./lib/context.ts";
import { notFoundApi, problemHandler } from "./lib/problem.ts";
import { securityHeaders } from "./lib/security-headers.ts";
import { englishPage } from "./lib/page-language.ts";
import type { ApiRouter } from "./lib/route.ts";
import { healthRoutes } from "./features/health/index.ts";
import { openApiRoutes } from "./features/openapi/index.ts";
import { mapRevalidation, premisesRoutes } from "./features/premises/index.ts";
import { clientConfigRoutes } from "./features/client-config/index.ts";
import { authentication } from "./lib/auth/middleware.ts";
import { authRoutes } from "./features/auth/index.ts";
import { organisationRoutes } from "./features/organisations/index.ts";
import { auditRoutes } from "./features/audit/index.ts";
import { ratePolicyRoutes } from "./features/rate-policy/index.ts";
import { priceIndexRoutes } from "./features/price-indices/index.ts";
import { applicationRoutes } from "./features/applications/index.ts";
import { documentRoutes } from "./features/documents/index.ts";
import { leaseRoutes } from "./features/leases/index.ts";
import { leaseTemplateRoutes } from "./features/lease-templates/index.ts";
import { investmentRoutes } from "./features/investments/index.ts";
import { premisesRegisterRoutes } from "./features/premises-register/index.ts";
import { profileRoutes } from "./features/profile/index.ts";
import { statisticsRoutes } from "./features/statistics/index.ts";
import { openDataRoutes } from "./features/open-data/index.ts";
import { accountRoutes } from "./features/accounts/index.ts";
import { policyPreviewRoutes } from "./features/policy-preview/index.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const VERSION = "0.1.0";

/** The feature routers, in order. A feature adds itself here and nowhere else. */
function features(ctx: AppContext): ApiRouter[] {
  return [healthRoutes(ctx), clientConfigRoutes(ctx), authRoutes(ctx), organisationRoutes(ctx), auditRoutes(ctx), premisesRegisterRoutes(ctx), premisesRoutes(ctx), ratePolicyRoutes(ctx), priceIndexRoutes(ctx), applicationRoutes(ctx), leaseRoutes(ctx), investmentRoutes(ctx), leaseTemplateRoutes(ctx), documentRoutes(ctx), profileRoutes(ctx), accountRoutes(ctx), policyPreviewRoutes(ctx), statisticsRoutes(ctx), openDataRoutes(ctx)];
}

export function createApp(ctx: AppContext, options: { clientDir?: string } = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", "weak");
  app.set("query parser", "simple");
  if (ctx.env.TRUST_PROXY !== undefined) app.set("trust proxy", ctx.env.TRUST_PROXY);
  const clientDir = options.clientDir ?? path.join(root, "dist", "client");
  const indexHtml = path.join(clientDir, "index.html");
  app.use(securityHeaders(ctx.env, existsSync(indexHtml) ? readFileSync(indexHtml, "utf8") : undefined));
  // The map's revalidation (304) of an anonymous caller, answered before the session and the routers.
  app.get("/api/premises.geojson", mapRevalidation(ctx));
  app.use("/api", authentication(ctx));

  const routers = features(ctx);
  for (const feature of [...routers, openApiRoutes(routers, VERSION)]) app.use("/api", feature.router);
  app.use("/api", notFoundApi);

  if (existsSync(clientDir)) {
    const files = clientFiles(clientDir);
    const english = existsSync(indexHtml) ? englishPage(indexHtml) : undefined;
    app.get("/index.html", (req, res, next) => (english ? english(req, res, next) : next()));
    app.use(files);
    // The client routes (/premises/:id, ...) all load the same page (in English when its cookie says so); a missing asset or map is a 404.
    app.get(/^\/(?!api\/).*/, (req, res, next) => {
      if (req.path.startsWith("/assets/") || req.path.endsWith(".map")) return void res.status(404).end();
      req.url = "/index.html";
      if (english) return english(req, res, () => files(req, res, next));
      files(req, res, next);
    });
  }
  app.use(problemHandler(ctx.log));
  return app;
}

const ENCODINGS = [{ name: "br", suffix: ".br" }, { name: "gzip", suffix: ".gz" }] as const;

/**
 * The built client: the brotli or gzip file written at build time when the browser takes it, hashed
 * assets cached for a year (a new build has new names), the page itself revalidated every time, and
 * never a source map.
 */
function clientFiles(dir: string): express.RequestHandler {
  const assets = path.join(dir, "assets") + path.sep;
  const serve = express.static(dir, {
    index: false,
    cacheControl: false,
    setHeaders: (res, file) => {
      const original = file.replace(/\.(br|gz)$/, "");
      res.set("Vary", "Accept-Encoding");
      if (original !== file) res.set("Content-Encoding", file.endsWith(".br") ? "br" : "gzip").type(path.extname(original));
      res.set("Cache-Control", original.startsWith(assets) ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  return (req, res, next) => {
    if (req.path.endsWith(".map") || /\.(br|gz)$/.test(req.path)) return next();
    if (req.method === "GET" || req.method === "HEAD") {
      const file = path.join(dir, path.normalize(req.path));
      // Our preference (brotli is smaller), not the order the browser lists them in ("gzip, deflate, br").
      const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name);
      if (file.startsWith(dir + path.sep) && encoding && existsSync(file + encoding.suffix)) req.url = req.path + encoding.suffix;
    }
    serve(req, res, next);
  };
}
