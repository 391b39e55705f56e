import express, { type Express } from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AppContext } from "./lib/context.ts";
import { notFoundApi, problemHandler } from "./lib/problem.ts";
import type { ApiRouter } from "./lib/route.ts";
import { healthRoutes } from "./features/health/routes.ts";
import { openApiRoutes } from "./features/openapi/routes.ts";
import { premisesRoutes } from "./features/premises/routes.ts";
import { clientConfigRoutes } from "./features/client-config/routes.ts";
import { authentication } from "./lib/auth/middleware.ts";
import { authRoutes } from "./features/auth/routes.ts";
import { organisationRoutes } from "./features/organisations/routes.ts";
import { auditRoutes } from "./features/audit/routes.ts";
import { ratePolicyRoutes } from "./features/rate-policy/routes.ts";
import { applicationRoutes } from "./features/applications/routes.ts";
import { documentRoutes } from "./features/documents/routes.ts";
import { premisesRegisterRoutes } from "./features/premises-register/routes.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const VERSION = "0.1.0";

/** The feature routers, in order. A feature adds itself here and nowhere else. */
function features(ctx: AppContext): ApiRouter[] {
  return [healthRoutes(ctx), clientConfigRoutes(ctx), authRoutes(ctx), organisationRoutes(ctx), auditRoutes(ctx), premisesRegisterRoutes(ctx), premisesRoutes(ctx), ratePolicyRoutes(ctx), applicationRoutes(ctx), documentRoutes(ctx)];
}

export function createApp(ctx: AppContext, options: { clientDir?: string } = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", "weak");
  app.set("query parser", "simple");
  if (ctx.env.TRUST_PROXY) app.set("trust proxy", ctx.env.TRUST_PROXY);
  app.use((_req, res, next) => {
    res.set({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
    });
    next();
  });
  app.use("/api", express.json({ limit: "1mb" }));
  app.use("/api", authentication(ctx));

  const routers = features(ctx);
  for (const feature of [...routers, openApiRoutes(routers, VERSION)]) app.use("/api", feature.router);
  app.use("/api", notFoundApi);

  const clientDir = options.clientDir ?? path.join(root, "dist", "client");
  if (existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: false, maxAge: "1h", setHeaders: noCacheHtml }));
    // The client routes (/premises/:id, ...) all load the same page.
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.set("Cache-Control", "no-cache").sendFile(path.join(clientDir, "index.html"));
    });
  }
  app.use(problemHandler(ctx.log));
  return app;
}

function noCacheHtml(res: express.Response, file: string): void {
  if (file.endsWith(".html")) res.set("Cache-Control", "no-cache");
}
