import { PremisesDetail, PremisesId } from "@shared/contracts/premises.ts";
import { PremisesWrite, WithdrawPremises } from "@shared/contracts/premises-register.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { exportSender } from "./export.ts";
import { fileRoutes } from "./file-routes.ts";
import { importRoutes } from "./import-routes.ts";
import { createPremises, updatePremises, withdrawPremises } from "./service.ts";

const tags = ["premises register"];
const notFound = { description: "No premises with this id" };

/** `If-Match: "2025-11-23T10:00:00.000Z"`: the updatedAt the form was loaded with (quotes optional). */
function ifMatchOf(header: string | undefined): string | undefined {
  const value = header?.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
  return value && value !== "*" ? value : undefined;
}

/** The officers' register: create, edit, withdraw, import, export, photos and plans. Staff only, except reading files. */
export function premisesRegisterRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const sendExport = exportSender(ctx);

  // Before the public /premises/{id}: these paths would otherwise be read as ids.
  api.route({
    method: "get", path: "/premises/export.csv", tags, authorize: "premises:export",
    summary: "The whole register, every status, as a spreadsheet (semicolons, decimal commas, UTF-8 with BOM); the import reads it back",
    responses: { 200: { description: "CSV attachment", contentType: "text/csv" }, 503: { description: "Several exports are running; see Retry-After" } },
  }, (_input, _req, res) => sendExport("csv", res));

  api.route({
    method: "get", path: "/premises/export.geojson", tags, authorize: "premises:export",
    summary: "The whole register, every status, as GeoJSON points with every field as properties",
    responses: { 200: { description: "GeoJSON attachment", contentType: "application/geo+json" }, 503: { description: "Several exports are running; see Retry-After" } },
  }, (_input, _req, res) => sendExport("geojson", res));

  importRoutes(api, ctx);

  api.route({
    method: "post", path: "/premises", tags, authorize: "premises:create",
    summary: "Add a premises to the register",
    body: PremisesWrite,
    responses: {
      201: { description: "The new premises", schema: PremisesDetail },
      409: { description: "The inventory code is already in the register" },
    },
  }, async ({ body, actor }, _req, res) => {
    const created = await createPremises(ctx.db, actor, body);
    res.status(201).location(`/api/premises/${created.id}`);
    return created;
  });

  api.route({
    method: "put", path: "/premises/{id}", tags, authorize: "premises:update",
    summary: "Replace the record of a premises; send If-Match with its updatedAt to refuse overwriting someone else's change",
    params: PremisesId,
    body: PremisesWrite,
    responses: {
      200: { description: "The premises as saved", schema: PremisesDetail },
      404: notFound,
      409: { description: "The inventory code belongs to another premises" },
      412: { description: "The premises changed since the If-Match updatedAt" },
    },
  }, ({ params, body, actor }, req) => updatePremises(ctx.db, actor, params.id, body, ifMatchOf(req.get("if-match"))));

  api.route({
    method: "post", path: "/premises/{id}/withdraw", tags, authorize: "premises:withdraw",
    summary: "Withdraw a premises from letting, with the reason (kept in the audit trail)",
    params: PremisesId,
    body: WithdrawPremises,
    responses: { 200: { description: "The withdrawn premises", schema: PremisesDetail }, 404: notFound, 409: { description: "Already withdrawn" } },
  }, ({ params, body, actor }) => withdrawPremises(ctx.db, actor, params.id, body.reason));

  fileRoutes(api, ctx);
  return api;
}
