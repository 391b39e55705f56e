import {
  Investment, InvestmentAccept, InvestmentFileInfo, InvestmentFilePath, InvestmentUploadFields, InvestmentComplete, InvestmentConsent, InvestmentFilter, InvestmentId, InvestmentListQuery, InvestmentPage,
  InvestmentPropose, InvestmentRefuse, PremisesInvestmentList,
} from "@shared/contracts/investments.ts";
import { LeaseId } from "@shared/contracts/leases.ts";
import { PremisesId } from "@shared/contracts/premises.ts";
import { fileStorage, receiveFile, sendUserFile } from "@server/features/premises-register/index.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { investmentsCsv, investmentsCsvName } from "./export.ts";
import { investmentFileKey, readableFile, storeInvestmentFile } from "./files.ts";
import {
  acceptInvestment, completeInvestment, consentInvestment, investmentsForExport, listInvestments, premisesInvestments, proposeInvestment, readInvestment,
  refuseInvestment,
} from "./service.ts";

const notFound = { description: "No such investment (or not yours)" };
const conflict = { description: "The investment is not at the step this one follows (skipped or repeated), or the lease is not signed; the problem names the field" };
const unprocessable = { description: "A rule refuses it; the problem names the field" };

export function investmentRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["investments"];

  api.route({
    method: "post", path: "/leases/{id}/investments", tags, authorize: "investment:propose",
    summary: "The tenant proposes works under its signed lease: scope, planned dates, the cost estimate (net) and, for accessibility works, the features they add",
    params: LeaseId,
    body: InvestmentPropose,
    responses: { 201: { description: "The proposed investment", schema: Investment }, 404: { description: "No such lease (or not yours)" }, 409: conflict, 422: unprocessable },
  }, async ({ params, body, actor }, _req, res) => {
    const investment = await proposeInvestment(ctx.db, ctx.clock, actor, params.id, body);
    res.status(201);
    return investment;
  });

  api.route({
    method: "get", path: "/investments", tags, authorize: "investment:list",
    summary: "Investments, newest first, filtered by status, category, district, year of the proposal and lease, with totals over every match: all for staff, a tenant's own",
    query: InvestmentListQuery,
    responses: { 200: { description: "A page of investments with totals", schema: InvestmentPage } },
  }, ({ query, actor }) => listInvestments(ctx.db, ctx.clock, actor, query));

  // Before /investments/{id}: this path would otherwise be read as an id.
  api.route({
    method: "get", path: "/investments/export.csv", tags, authorize: "investment:export",
    summary: "The filtered investments list as a spreadsheet (semicolons, decimal commas, UTF-8 with BOM)",
    query: InvestmentFilter,
    responses: { 200: { description: "CSV attachment", contentType: "text/csv" } },
  }, async ({ query, actor }, _req, res) => {
    const csv = investmentsCsv(await investmentsForExport(ctx.db, ctx.clock, actor, query));
    res.status(200).set({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${investmentsCsvName(ctx.clock.now())}"`,
      "Cache-Control": "no-store",
    }).end(csv);
  });

  api.route({
    method: "get", path: "/investments/{id}", tags, authorize: "investment:read",
    summary: "One investment with its history and, once accepted, what has been offset against rent so far",
    params: InvestmentId,
    responses: { 200: { description: "The investment", schema: Investment }, 404: notFound },
  }, ({ params, actor }) => readInvestment(ctx.db, ctx.clock, actor, params.id));

  api.route({
    method: "post", path: "/investments/{id}/consent", tags, authorize: "investment:decide",
    summary: "Consent to a proposed investment up to an approved amount (not above the estimate), with conditions",
    params: InvestmentId,
    body: InvestmentConsent,
    responses: { 200: { description: "Consented", schema: Investment }, 404: notFound, 409: conflict, 422: unprocessable },
  }, ({ params, body, actor }) => consentInvestment(ctx.db, ctx.clock, actor, params.id, body));

  api.route({
    method: "post", path: "/investments/{id}/refuse", tags, authorize: "investment:decide",
    summary: "Refuse consent to a proposed investment, with a reason",
    params: InvestmentId,
    body: InvestmentRefuse,
    responses: { 200: { description: "Refused", schema: Investment }, 404: notFound, 409: conflict },
  }, ({ params, body, actor }) => refuseInvestment(ctx.db, ctx.clock, actor, params.id, body.reason));

  api.route({
    method: "post", path: "/investments/{id}/complete", tags, authorize: "investment:complete",
    summary: "The tenant reports the consented works completed: date, actual cost (net) and the invoices",
    params: InvestmentId,
    body: InvestmentComplete,
    responses: { 200: { description: "Completed", schema: Investment }, 404: notFound, 409: conflict, 422: unprocessable },
  }, ({ params, body, actor }) => completeInvestment(ctx.db, ctx.clock, actor, params.id, body));

  api.route({
    method: "post", path: "/investments/{id}/accept", tags, authorize: "investment:accept",
    summary: "Accept completed works after inspection: the protocol's date (never in the future), the amount offset against rent (default: the smaller of the actual and the approved cost; less with a reason); accessibility features go onto the premises",
    params: InvestmentId,
    body: InvestmentAccept,
    responses: { 200: { description: "Accepted", schema: Investment }, 404: notFound, 409: conflict, 422: unprocessable },
  }, ({ params, body, actor }) => acceptInvestment(ctx.db, ctx.clock, actor, params.id, body));

  api.route({
    method: "post", path: "/investments/{id}/files", tags, authorize: "investment:complete",
    summary: "The tenant adds a photo of the works (JPEG, PNG, WebP; 10 MB) or a scan (also PDF; 20 MB), 20 per investment, between the consent and the acceptance, "
      + "as multipart/form-data with the fields `kind` (photo|scan) and `file`; the type is read from the content, an image is re-encoded without its metadata",
    params: InvestmentId,
    body: InvestmentUploadFields,
    receive: { contentType: "multipart/form-data", read: receiveFile, files: ["file"] },
    responses: {
      201: { description: "Stored", schema: InvestmentFileInfo },
      404: notFound,
      409: { description: "Not between the consent and the acceptance, or 20 files already" },
      413: { description: "The file is too large for its kind" },
      415: { description: "The content is not an allowed type (whatever its name says)" },
      422: { description: "An image over 40 million pixels or one that cannot be decoded" },
    },
  }, async ({ params, body: { kind }, actor }, req, res) => {
    if (!req.file) throw AppError.validation([{ field: "file", code: "file.required" }]);
    const info = await storeInvestmentFile(ctx.db, fileStorage(ctx), actor, params.id, { kind, bytes: req.file.buffer, originalName: req.file.originalname });
    res.status(201).location(info.url);
    return info;
  });

  api.route({
    method: "get", path: "/investments/{id}/files/{fileId}", tags, authorize: "investment:read",
    summary: "The bytes of a photo or scan of an investment (the tenant organisation and staff)",
    params: InvestmentFilePath,
    responses: { 200: { description: "The file", contentType: "application/octet-stream" }, 404: { description: "No such investment (or not yours), or no such file" } },
  }, async ({ params, actor }, req, res) => {
    const row = await readableFile(ctx.db, actor, params.id, params.fileId);
    // Private data: never kept by a shared cache.
    await sendUserFile(ctx, req, res, fileStorage(ctx), investmentFileKey(row), row, `of investment ${row.investmentId}`, { "Cache-Control": "private, no-store" });
  });

  api.route({
    method: "get", path: "/premises/{id}/investments", tags, authorize: "premises:read-public",
    summary: "The accepted investments made in a premises (title, category, year, accessibility features added), newest first",
    params: PremisesId,
    responses: { 200: { description: "The premises' investment history", schema: PremisesInvestmentList }, 404: { description: "No premises with this id" } },
  }, ({ params }) => premisesInvestments(ctx.db, params.id));

  return api;
}
