import { PolicyPreview } from "@shared/contracts/policy-preview.ts";
import { RatePolicyInput } from "@shared/contracts/rate-policy.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { previewPolicy } from "./service.ts";

export function policyPreviewRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();

  api.route({
    method: "post", path: "/rate-policies/preview", tags: ["rate policy"], authorize: "rate-policy:manage",
    summary: "The effect of a draft version before it is adopted: for a sample of available premises, today's and the draft's rate per category (nothing is stored)",
    body: RatePolicyInput,
    responses: { 200: { description: "Today's and the draft's rates side by side", schema: PolicyPreview } },
  }, ({ body }) => previewPolicy(ctx.db, ctx.clock, body));

  return api;
}
