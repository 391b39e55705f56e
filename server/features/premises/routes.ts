import { createHash } from "node:crypto";
import {
  PremisesDetail, PremisesFeatureCollection, PremisesFilter, PremisesId, PremisesListQuery, PremisesPage,
} from "@shared/contracts/premises.ts";
import { Quote, QuoteQuery } from "@shared/contracts/rate-policy.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { MAP_CACHE_HEADERS, mapEtag, mapResources, rememberQueryKey } from "./map-cache.ts";
import { toDetail, toFeature } from "./mapper.ts";
import { quotePremises } from "./quote.ts";
import { premisesPage } from "./list.ts";
import { findPremises, premisesFeatures } from "./repository.ts";

const notFound = { description: "No premises with this id" };

export function premisesRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const map = mapResources(ctx);

  api.route({
    method: "get", path: "/premises", tags: ["premises"], authorize: "premises:read-public",
    summary: "List premises matching the filters, one page at a time, with the total count",
    query: PremisesListQuery,
    responses: { 200: { description: "A page of premises", schema: PremisesPage } },
  }, async ({ query }) => premisesPage(ctx.db, query) satisfies Promise<PremisesPage>);

  api.route({
    method: "get", path: "/premises.geojson", tags: ["premises"], authorize: "premises:read-public",
    summary: "Premises matching the filters as GeoJSON points with light properties; revalidate with ETag",
    query: PremisesFilter,
    responses: {
      200: { description: "FeatureCollection", schema: PremisesFeatureCollection, contentType: "application/geo+json" },
      304: { description: "Not modified since the ETag sent in If-None-Match" },
      503: { description: "Too many map queries at once; see Retry-After" },
    },
  }, async ({ query }, req, res) => {
    const version = await map.versionRead.get();
    const queryKey = createHash("sha1").update(JSON.stringify(query)).digest("base64url").slice(0, 16);
    rememberQueryKey(map, req.url.includes("?") ? req.url.slice(req.url.indexOf("?") + 1) : "", queryKey);
    const etag = mapEtag(version, queryKey);
    res.set({ ETag: etag, ...MAP_CACHE_HEADERS });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (version !== map.version) {
      map.cache.clear();
      map.version = version;
    }
    let body = map.cache.get(etag) ?? map.inFlight.get(etag);
    if (!body) {
      body = map.queries.run(async () => {
        const rows = await premisesFeatures(ctx.db, query);
        return Buffer.from(JSON.stringify({ type: "FeatureCollection", features: rows.map(toFeature) }));
      });
      map.inFlight.set(etag, body);
      try {
        const made = await body;
        if (map.version === version) map.cache.set(etag, made);
      } finally {
        map.inFlight.delete(etag);
      }
    }
    res.type("application/geo+json").send(await body);
  });

  api.route({
    method: "get", path: "/premises/{id}", tags: ["premises"], authorize: "premises:read-public",
    summary: "The full record of one premises",
    params: PremisesId,
    responses: { 200: { description: "The premises", schema: PremisesDetail }, 404: notFound },
  }, async ({ params }) => {
    const row = await findPremises(ctx.db, params.id);
    if (!row) throw AppError.notFound("Nie ma lokalu o takim identyfikatorze.");
    return toDetail(row);
  });

  api.route({
    method: "get", path: "/premises/{id}/quote", tags: ["premises"], authorize: "premises:quote",
    summary: "The preferential rate, monthly rent (net, VAT, gross) and aid value, per category or for one",
    params: PremisesId,
    query: QuoteQuery,
    responses: { 200: { description: "The quote under the policy in force today", schema: Quote }, 404: { description: "No such premises or no policy" } },
  }, ({ params, query }) => quotePremises(ctx.db, params.id, query, ctx.clock));

  return api;
}

