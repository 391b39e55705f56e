import { z } from "zod";
import { hundredthsToString } from "@shared/contracts/common.ts";
import { PremisesId } from "@shared/contracts/premises.ts";
import {
  DiscountRateInput, Quote, QuoteQuery, RatePolicyId, RatePolicyInput, RatePolicyOn, RatePolicyVersion,
} from "@shared/contracts/rate-policy.ts";
import { baseMonthlyRent, quoteAll } from "@shared/domain/quote.ts";
import { recordAudit } from "@server/lib/audit.ts";
import { actorOf } from "@server/lib/auth/actor.ts";
import { authorize } from "@server/lib/authorization.ts";
import type { AppContext } from "@server/lib/context.ts";
import { isUniqueViolation } from "@server/lib/prisma-errors.ts";
import { AppError } from "@server/lib/errors.ts";
import { discountRateInForce, policyInForce, today } from "@server/lib/rate-policy.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { toVersion } from "./mapper.ts";
import {
  createDiscountRate, createVersion, findVersion, listDiscountRates, listVersions, replaceUnusedVersion, versionInForce,
} from "./repository.ts";

const noPolicy = "Nie ma polityki stawek obowiązującej w tym dniu.";
const sameDate = "Wersja polityki obowiązująca od tego dnia już istnieje; wybierz inną datę albo zmień tamtą wersję.";

export function ratePolicyRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["rate policy"];

  api.route({
    method: "get", path: "/rate-policies", tags, security: "session",
    summary: "Every version of the rate policy, newest first, with how many decisions cite each",
    responses: { 200: { description: "Versions", schema: z.array(RatePolicyVersion) } },
  }, async (_input, req) => {
    authorize(actorOf(req), "rate-policy:list");
    return (await listVersions(ctx.db)).map(toVersion);
  });

  api.route({
    method: "get", path: "/rate-policies/current", tags, security: "public",
    summary: "The version in force today (or on the day given)",
    query: RatePolicyOn,
    responses: { 200: { description: "The version in force", schema: RatePolicyVersion }, 404: { description: "No version in force" } },
  }, async ({ query }, req) => {
    authorize(actorOf(req), "rate-policy:read-current");
    const row = await versionInForce(ctx.db, query.on ?? today());
    if (!row) throw AppError.notFound(noPolicy);
    return toVersion(row);
  });

  api.route({
    method: "post", path: "/rate-policies", tags, security: "session",
    summary: "Adopt a new version of the rate policy, in force from its effective date",
    body: RatePolicyInput,
    responses: { 201: { description: "Created", schema: RatePolicyVersion }, 409: { description: "A version from that date exists" } },
  }, async ({ body }, req, res) => {
    const actor = actorOf(req);
    authorize(actor, "rate-policy:manage");
    try {
      const row = await ctx.db.$transaction(async (tx) => {
        const created = await createVersion(tx, body);
        await recordAudit(tx, { actor, entity: "rate-policy", entityId: created.id, action: "create", after: body });
        return created;
      });
      res.status(201);
      return toVersion(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict(sameDate);
      throw error;
    }
  });

  api.route({
    method: "put", path: "/rate-policies/{id}", tags, security: "session",
    summary: "Correct a version no decision cites yet; a version in use is immutable (409)",
    params: RatePolicyId,
    body: RatePolicyInput,
    responses: { 200: { description: "Replaced", schema: RatePolicyVersion }, 404: { description: "No such version" }, 409: { description: "In use or date taken" } },
  }, async ({ params, body }, req) => {
    const actor = actorOf(req);
    authorize(actor, "rate-policy:manage");
    try {
      return await ctx.db.$transaction(async (tx) => {
        const before = await findVersion(tx, params.id);
        if (!before) throw AppError.notFound("Nie ma takiej wersji polityki stawek.");
        if (!(await replaceUnusedVersion(tx, params.id, body))) {
          throw AppError.conflict("Tej wersji użyto już w decyzji, więc nie można jej zmienić. Dodaj nową wersję.", "policy-in-use");
        }
        await recordAudit(tx, { actor, entity: "rate-policy", entityId: params.id, action: "update", before: toVersion(before), after: body });
        return toVersion((await findVersion(tx, params.id))!);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict(sameDate);
      throw error;
    }
  });

  api.route({
    method: "get", path: "/discount-rates", tags, security: "session",
    summary: "The EU discount rates (reference rate + 100 bp) by date, used to discount aid",
    responses: { 200: { description: "Rates, newest first", schema: z.array(DiscountRateInput) } },
  }, async (_input, req) => {
    authorize(actorOf(req), "rate-policy:list");
    return (await listDiscountRates(ctx.db)).map(({ from, baseRate, discountRate }) => ({ from, baseRate, discountRate }));
  });

  api.route({
    method: "post", path: "/discount-rates", tags, security: "session",
    summary: "Add the discount rate in force from a date",
    body: DiscountRateInput,
    responses: { 201: { description: "Added", schema: DiscountRateInput }, 409: { description: "A rate from that date exists" } },
  }, async ({ body }, req, res) => {
    const actor = actorOf(req);
    authorize(actor, "rate-policy:manage");
    try {
      await ctx.db.$transaction(async (tx) => {
        await createDiscountRate(tx, body);
        await recordAudit(tx, { actor, entity: "rate-policy", entityId: `discount-rate:${body.from}`, action: "create", after: body });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict("Stopa od tego dnia już jest w tabeli.");
      throw error;
    }
    res.status(201);
    return body;
  });

  api.route({
    method: "get", path: "/premises/{id}/quote", tags, security: "public",
    summary: "The preferential rate, monthly rent (net, VAT, gross) and aid value, per category or for one",
    params: PremisesId,
    query: QuoteQuery,
    responses: { 200: { description: "The quote under the policy in force today", schema: Quote }, 404: { description: "No such premises or no policy" } },
  }, async ({ params, query }, req) => {
    authorize(actorOf(req), "premises:quote");
    const premises = await ctx.db.premises.findUnique({
      where: { id: params.id },
      select: { id: true, baseRateGrosze: true, usableAreaDm2: true, condition: true, socialPool: true },
    });
    if (!premises) throw AppError.notFound("Nie ma lokalu o takim identyfikatorze.");
    const day = today();
    const [policy, discount] = await Promise.all([policyInForce(ctx.db, day), discountRateInForce(ctx.db, day)]);
    if (!policy) throw AppError.notFound(noPolicy);
    if (query.category && !policy.categories.some((c) => c.code === query.category)) {
      throw AppError.validation([{ field: "category", code: "category.notInPolicy" }]);
    }
    const quoted = {
      baseRate: hundredthsToString(premises.baseRateGrosze),
      area: hundredthsToString(premises.usableAreaDm2),
      condition: premises.condition.replace(/_/g, "-"),
      socialPool: premises.socialPool,
    };
    const options = { tenantWillRenovate: query.tenantWillRenovate, months: query.months, discountRate: discount?.discountRate ?? null };
    return {
      premisesId: premises.id,
      area: quoted.area,
      baseRate: quoted.baseRate,
      baseMonthly: baseMonthlyRent(quoted),
      policy: { id: policy.id, name: policy.name, effectiveFrom: policy.effectiveFrom, isExample: policy.isExample },
      vatRate: policy.vatRate,
      tenantWillRenovate: query.tenantWillRenovate,
      months: query.months,
      discountRate: options.discountRate,
      lines: quoteAll(policy, quoted, options, query.category),
    } satisfies Quote;
  });

  return api;
}
