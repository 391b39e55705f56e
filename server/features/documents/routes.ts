import type { Response } from "express";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { ApplicationId } from "@shared/contracts/applications.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize } from "@server/lib/authorization.ts";
import { todayIn } from "@shared/domain/dates.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { renderPdf } from "@server/lib/pdf.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { certificateDocument } from "./certificate-document.ts";
import { documentsConfig } from "./config.ts";
import { decisionDocument } from "./decision-document.ts";
import { addInvestmentDocumentRoutes } from "./investment-routes.ts";
import { addLeaseDocumentRoutes } from "./lease-routes.ts";
import { loadDecisionDocument } from "./service.ts";

const pdf = { description: "PDF document", contentType: "application/pdf" };
const notFound = { description: "No such application, not yours, or no such document yet" };

export type SendPdf = (res: Response, definition: TDocumentDefinitions, filename: string) => Promise<void>;

export function documentRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["documents"];
  const { grantor } = documentsConfig(ctx.env.DOCUMENTS_CONFIG);

  async function load(actor: Actor, id: string) {
    const found = await loadDecisionDocument(ctx.db, id);
    if (!found) {
      authorize(actor, "application:list");
      throw AppError.notFound("Nie ma wniosku o takim identyfikatorze.");
    }
    authorize(actor, "application:read", found.organisationId);
    if (!found.document) throw AppError.notFound("Wniosek nie został jeszcze rozstrzygnięty.");
    return found.document;
  }

  const send: SendPdf = async (res, definition, filename) => {
    const bytes = await renderPdf(definition);
    res.set({ "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "private, no-store" });
    res.type("application/pdf").send(bytes);
  };

  api.route({
    method: "get", path: "/applications/{id}/decision.pdf", tags, authorize: "application:read",
    summary: "The written decision on the application (approval with rate and aid, or refusal with reason)",
    params: ApplicationId,
    responses: { 200: pdf, 404: notFound },
  }, async ({ params, actor }, _req, res) => {
    const doc = await load(actor, params.id);
    await send(res, decisionDocument(doc, grantor), `decyzja-${doc.caseNumber.replace(/\W+/g, "-")}.pdf`);
  });

  api.route({
    method: "get", path: "/applications/{id}/de-minimis-certificate.pdf", tags, authorize: "application:read",
    summary: "The de minimis aid certificate, where the approval grants de minimis aid",
    params: ApplicationId,
    responses: { 200: pdf, 404: notFound },
  }, async ({ params, actor }, _req, res) => {
    const doc = await load(actor, params.id);
    if (doc.outcome !== "approved" || !doc.aid?.deMinimis || !doc.terms) {
      throw AppError.notFound("Ta decyzja nie udziela pomocy de minimis, więc nie ma zaświadczenia.");
    }
    await send(res, certificateDocument(doc, grantor, todayIn(ctx.clock)), `zaswiadczenie-de-minimis-${doc.caseNumber.replace(/\W+/g, "-")}.pdf`);
  });

  addLeaseDocumentRoutes(api, ctx, send, grantor);
  addInvestmentDocumentRoutes(api, ctx, send, grantor);
  return api;
}
