import { z } from "zod";
import { DiscountRateCorrection, DiscountRateFrom, DiscountRateInput, RatePolicyId, RatePolicyInput, RatePolicyOn, RatePolicyVersion } from "@shared/contracts/rate-policy.ts";
import { todayIn } from "@shared/domain/dates.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { toVersion } from "./mapper.ts";
import { listDiscountRates, listVersions, versionInForce } from "./repository.ts";
import { addDiscountRate, adoptVersion, correctDiscountRate, correctVersion, NO_POLICY } from "./service.ts";

export function ratePolicyRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["rate policy"];

  api.route({
    method: "get", path: "/rate-policies", tags, authorize: "rate-policy:list",
    summary: "Every version of the rate policy, newest first, with how many decisions cite each",
    responses: { 200: { description: "Versions", schema: z.array(RatePolicyVersion) } },
  }, async () => (await listVersions(ctx.db)).map(toVersion));

  api.route({
    method: "get", path: "/rate-policies/current", tags, authorize: "rate-policy:read-current",
    summary: "The version in force today (or on the day given)",
    query: RatePolicyOn,
    responses: { 200: { description: "The version in force", schema: RatePolicyVersion }, 404: { description: "No version in force" } },
  }, async ({ query }) => {
    const row = await versionInForce(ctx.db, query.on ?? todayIn(ctx.clock));
    if (!row) throw AppError.notFound(NO_POLICY);
    return toVersion(row);
  });

  api.route({
    method: "post", path: "/rate-policies", tags, authorize: "rate-policy:manage",
    summary: "Adopt a new version of the rate policy, in force from its effective date",
    body: RatePolicyInput,
    responses: { 201: { description: "Created", schema: RatePolicyVersion }, 409: { description: "A version from that date exists" } },
  }, async ({ body, actor }, _req, res) => {
    const created = await adoptVersion(ctx.db, actor, body);
    res.status(201);
    return created;
  });

  api.route({
    method: "put", path: "/rate-policies/{id}", tags, authorize: "rate-policy:manage",
    summary: "Correct a version no decision cites yet; a version in use is immutable (409)",
    params: RatePolicyId,
    body: RatePolicyInput,
    responses: { 200: { description: "Replaced", schema: RatePolicyVersion }, 404: { description: "No such version" }, 409: { description: "In use or date taken" } },
  }, ({ params, body, actor }) => correctVersion(ctx.db, actor, params.id, body));

  api.route({
    method: "get", path: "/discount-rates", tags, authorize: "rate-policy:list",
    summary: "The EU discount rates (reference rate + 100 bp) by date, used to discount aid",
    responses: { 200: { description: "Rates, newest first", schema: z.array(DiscountRateInput) } },
  }, async () => (await listDiscountRates(ctx.db)).map(({ from, baseRate, discountRate }) => ({ from, baseRate, discountRate })));

  api.route({
    method: "post", path: "/discount-rates", tags, authorize: "rate-policy:manage",
    summary: "Add the discount rate in force from a date",
    body: DiscountRateInput,
    responses: { 201: { description: "Added", schema: DiscountRateInput }, 409: { description: "A rate from that date exists, or it would change the rate a decision used" } },
  }, async ({ body, actor }, _req, res) => {
    const added = await addDiscountRate(ctx.db, actor, body);
    res.status(201);
    return added;
  });

  api.route({
    method: "put", path: "/discount-rates/{from}", tags, authorize: "rate-policy:manage",
    summary: "Correct the discount rate in force from a date; refused (409) once a decision discounted aid at it",
    params: DiscountRateFrom,
    body: DiscountRateCorrection,
    responses: {
      200: { description: "Corrected (or already these values)", schema: DiscountRateInput },
      404: { description: "No rate from that date" },
      409: { description: "A decision used this rate (the problem names it)" },
    },
  }, ({ params, body, actor }) => correctDiscountRate(ctx.db, actor, params.from, body));

  return api;
}
