import { ClientConfig } from "@shared/contracts/client-config.ts";
import { DISTRICTS } from "@shared/districts.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";

/** Run-time settings the map client needs (tile server, districts), so a build serves any city setup. */
export function clientConfigRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  api.route({
    method: "get", path: "/config", tags: ["system"], authorize: "public",
    summary: "Settings for the map client: tile server and districts",
    responses: { 200: { description: "Client configuration", schema: ClientConfig } },
  }, () => ({
    tileUrl: ctx.env.TILE_URL,
    tileAttribution: ctx.env.TILE_ATTRIBUTION,
    districts: DISTRICTS.map(({ id, number, name }) => ({ id, number, name })),
  }) satisfies ClientConfig);
  return api;
}
