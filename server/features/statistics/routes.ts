import { AidReportQuery, Statistics, StatisticsFilterQuery } from "@shared/contracts/statistics.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { documentsConfig } from "@server/features/documents/index.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { aidReportCsv } from "./aid-report.ts";
import { statisticsCsv } from "./csv.ts";
import { filteredStatistics, statisticsFor, statisticsVersion } from "./service.ts";

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
    method: "get", path: "/statistics/filtered", tags: ["open data"], authorize: "statistics:read-filtered", query: StatisticsFilterQuery,
    summary: "The statistics of /api/statistics for officers, of one district and with the time series cut to a period (from..to, either end open)",
    responses: { 200: { description: "The filtered statistics", schema: Statistics } },
  }, async ({ query }, _req, res) => {
    res.set("Cache-Control", "private, no-store");
    return await filteredStatistics(ctx, query) satisfies Statistics;
  });

  api.route({
    method: "get", path: "/statistics/filtered.csv", tags: ["open data"], authorize: "statistics:read-filtered", query: StatisticsFilterQuery,
    summary: "The filtered statistics as the open data's long table: Zestawienie;Okres;Grupa;Miara;Wartość",
    responses: { 200: { description: "CSV attachment", contentType: "text/csv" } },
  }, async ({ query }, _req, res) => {
    const today = toIsoDate(ctx.clock.now());
    const name = ["statystyki", query.district, query.from, query.to].filter(Boolean).join("-");
    res.set({
      "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "private, no-store",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
    }).send(statisticsCsv(await filteredStatistics(ctx, query), today));
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
