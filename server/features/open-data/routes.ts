import { OpenDataCatalogue } from "@shared/contracts/statistics.ts";
import { statisticsSources } from "@server/features/statistics/index.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { sendDownload, type Download } from "./exports.ts";
import { countPublishedPremises } from "./repository.ts";

const tags = ["open data"];
const BASE = "/api/open-data";

const downloadResponses = (description: string, contentType: string) => ({
  200: { description, contentType },
  304: { description: "Not modified since the ETag sent in If-None-Match" },
  429: { description: "Too many downloads from this address (60 in 10 minutes); see Retry-After" },
  503: { description: "Other downloads are being prepared; see Retry-After" },
});

/** The open data (Recommendation 1): what is published and the downloads, for anyone, under CC BY 4.0. */
export function openDataRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();

  api.route({
    method: "get", path: "/open-data", tags, authorize: "open-data:read",
    summary: "What the open data publishes: licence, publisher, the latest change of the data, and the download addresses",
    responses: { 200: { description: "The catalogue", schema: OpenDataCatalogue } },
  }, async () => {
    const [sources, premisesCount] = await Promise.all([statisticsSources(ctx.db), countPublishedPremises(ctx.db)]);
    return {
      licence: { id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.pl" },
      publisher: {
        name: ctx.env.PUBLISHER_NAME, address: ctx.env.PUBLISHER_ADDRESS,
        email: ctx.env.PUBLISHER_EMAIL ?? null, phone: ctx.env.PUBLISHER_PHONE ?? null,
      },
      dataUpdatedAt: sources.dataUpdatedAt?.toISOString() ?? null,
      premisesCount,
      downloads: {
        premisesCsv: `${BASE}/premises.csv`, premisesGeojson: `${BASE}/premises.geojson`,
        statisticsCsv: `${BASE}/statistics.csv`, statistics: "/api/statistics", openApi: "/api/openapi.json",
      },
    } satisfies OpenDataCatalogue;
  });

  const download = (name: Download, summary: string, description: string, contentType: string) => api.route({
    method: "get", path: `/open-data/${name}`, tags, authorize: "open-data:read", summary,
    responses: downloadResponses(description, contentType),
  }, (_input, req, res) => sendDownload(ctx, name, req, res));

  download("premises.csv", "Premises offered (every status but withdrawn), public fields only, in the register's spreadsheet layout that the import reads back (semicolons, decimal commas, UTF-8 with BOM)", "CSV attachment", "text/csv");
  download("premises.geojson", "Premises offered (every status but withdrawn) as GeoJSON points, public fields only", "GeoJSON attachment", "application/geo+json");
  download("statistics.csv", "The statistics of /api/statistics as one long table: Zestawienie;Okres;Grupa;Miara;Wartość", "CSV attachment", "text/csv");
  return api;
}
