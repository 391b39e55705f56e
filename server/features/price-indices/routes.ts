import { z } from "zod";
import { PriceIndex, PriceIndexBody, PriceIndexYear } from "@shared/contracts/price-indices.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { priceIndexOf, priceIndexTable, setPriceIndex } from "./service.ts";

export function priceIndexRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["price indices"];

  api.route({
    method: "get", path: "/price-indices", tags, authorize: "price-index:list",
    summary: "The GUS annual average CPI (previous year = 100) by year, oldest first, used to index lease rents",
    responses: { 200: { description: "The table", schema: z.array(PriceIndex) } },
  }, () => priceIndexTable(ctx.db));

  api.route({
    method: "get", path: "/price-indices/{year}", tags, authorize: "price-index:list",
    summary: "One year's CPI",
    params: PriceIndexYear,
    responses: { 200: { description: "The year's CPI", schema: PriceIndex }, 404: { description: "No CPI for that year in the table" } },
  }, ({ params }) => priceIndexOf(ctx.db, params.year));

  api.route({
    method: "put", path: "/price-indices/{year}", tags, authorize: "price-index:manage",
    summary: "Add (201) or correct (200) one year's CPI; only a year that is over (its annual average is published after it ends)",
    params: PriceIndexYear,
    body: PriceIndexBody,
    responses: {
      200: { description: "Corrected (or already this value)", schema: PriceIndex },
      201: { description: "Added", schema: PriceIndex },
      409: { description: "The same year was added at the same moment, or the value already indexed a signed lease (the problem names it)" },
      422: { description: "The year is not over yet" },
    },
  }, async ({ params, body, actor }, _req, res) => {
    const { index, created } = await setPriceIndex(ctx.db, ctx.clock, actor, params.year, body.cpi);
    res.status(created ? 201 : 200);
    return index;
  });

  return api;
}
