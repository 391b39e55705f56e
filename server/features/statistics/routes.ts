import { Statistics } from "@shared/contracts/statistics.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { statisticsFor, statisticsVersion } from "./service.ts";

/** The diagnosis dashboard's figures: public, aggregates only, revalidated with ETag. */
export function statisticsRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  api.route({
    method: "get", path: "/statistics", tags: ["open data"], authorize: "statistics:read",
    summary: "Aggregate figures of the register, applications, leases, de minimis aid and tenant investments (no personal data); revalidate with ETag",
    responses: {
      200: { description: "The statistics", schema: Statistics },
      304: { description: "Not modified since the ETag sent in If-None-Match" },
      503: { description: "The statistics are being computed by too many requests at once; see Retry-After" },
    },
  }, async (_input, req, res) => {
    const version = await statisticsVersion(ctx);
    res.set({ ETag: `W/"s-${version.fingerprint}"`, "Cache-Control": "public, max-age=0, must-revalidate" });
    if (req.fresh) return void res.status(304).end();
    return await statisticsFor(ctx, version) satisfies Statistics;
  });
  return api;
}
