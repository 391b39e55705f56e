import { z } from "zod";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { countPremises } from "@server/features/premises/index.ts";

const Health = z.object({ status: z.literal("ok"), database: z.literal("ok"), premises: z.number().int() });

export function healthRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  api.route({
    method: "get", path: "/health", tags: ["system"], authorize: "public",
    summary: "Liveness and database check",
    responses: { 200: { description: "Healthy", schema: Health } },
  }, async (_input, _req, res) => {
    res.set("Cache-Control", "no-store");
    const premises = await countPremises(ctx.db);
    return { status: "ok", database: "ok", premises } satisfies z.infer<typeof Health>;
  });
  return api;
}
