import { AidReportQuery, Statistics } from "@shared/contracts/statistics.ts";
import { documentsConfig } from "@server/features/documents/index.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { aidReportCsv } from "./aid-report.ts";
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

  api.route({
    method: "get", path: "/statistics/de-minimis-report.csv", tags: ["open data"], authorize: "aid-report:export",
    summary: "The de minimis aid granted in a period (grant dates from..to), one row per grant, for entry into UOKiK's SHRIMP forms: grantor, legal basis, act, day granted, beneficiary, values in zł and EUR, form, purpose, source (README: columns)",
    query: AidReportQuery,
    responses: { 200: { description: "CSV attachment", contentType: "text/csv" } },
  }, async ({ query }, _req, res) => {
    const { grantor } = documentsConfig(ctx.env.DOCUMENTS_CONFIG);
    const csv = await aidReportCsv(ctx.db, { name: `${grantor.name} – ${grantor.unit}`, nip: grantor.nip }, query.from, query.to);
    res.set({
      "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="pomoc-de-minimis-${query.from}-${query.to}.csv"`,
    }).send(csv);
  });
  return api;
}
