import { z } from "zod";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { countPremises, mapCacheReport } from "@server/features/premises/index.ts";

const Health = z.object({
  status: z.literal("ok"),
  database: z.literal("ok"),
  premises: z.number().int(),
  mapCache: z.object({
    entries: z.number().int().meta({ description: "GeoJSON answers held" }),
    bytes: z.number().int().meta({ description: "Their size in bytes" }),
    maxBytes: z.number().int().meta({ description: "The cap: least recently used answers go beyond it" }),
    queriesRunning: z.number().int().meta({ description: "Uncached map queries being computed" }),
    queriesQueued: z.number().int().meta({ description: "Uncached map queries waiting for their turn" }),
  }),
});

export function healthRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  api.route({
    method: "get", path: "/health", tags: ["system"], authorize: "public",
    summary: "Liveness and database check, with the memory of the map's answer cache",
    responses: { 200: { description: "Healthy", schema: Health } },
  }, async (_input, _req, res) => {
    res.set("Cache-Control", "no-store");
    const premises = await countPremises(ctx.db);
    return { status: "ok", database: "ok", premises, mapCache: mapCacheReport(ctx) } satisfies z.infer<typeof Health>;
  });
  return api;
}
