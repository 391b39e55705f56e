import { InvestmentId } from "@shared/contracts/investments.ts";
import type { AppContext } from "@server/lib/context.ts";
import type { ApiRouter } from "@server/lib/route.ts";
import { consentDocument, settlementDocument } from "./investment-document.ts";
import { loadInvestmentDocument } from "./investment-data.ts";
import type { Grantor } from "./grantor.ts";
import type { SendPdf } from "./routes.ts";

const pdf = { description: "PDF document", contentType: "application/pdf" };
const notFound = { description: "No such investment (or not yours), or not at that step yet" };

/** The consent to an investment and its settlement statement, on the documents' router. */
export function addInvestmentDocumentRoutes(api: ApiRouter, ctx: AppContext, send: SendPdf, grantor: Grantor): void {
  const tags = ["documents"];

  api.route({
    method: "get", path: "/investments/{id}/consent.pdf", tags, authorize: "investment:read",
    summary: "The consent to an investment: the works, the estimate, the approved amount, the settlement terms and the conditions",
    params: InvestmentId,
    responses: { 200: pdf, 404: notFound },
  }, async ({ params, actor }, _req, res) => {
    const doc = await loadInvestmentDocument(ctx.db, ctx.clock, actor, params.id, "consent");
    await send(res, consentDocument(doc, grantor), `zgoda-naklady-${doc.investment.id.slice(0, 8)}.pdf`);
  });

  api.route({
    method: "get", path: "/investments/{id}/settlement.pdf", tags, authorize: "investment:read",
    summary: "The settlement statement of an accepted investment: the accepted amount, the offsets month by month so far, the remainder",
    params: InvestmentId,
    responses: { 200: pdf, 404: notFound, 422: { description: "The schedule cannot be computed; the problem says why" } },
  }, async ({ params, actor }, _req, res) => {
    const doc = await loadInvestmentDocument(ctx.db, ctx.clock, actor, params.id, "settlement");
    await send(res, settlementDocument(doc, grantor), `rozliczenie-naklady-${doc.investment.id.slice(0, 8)}.pdf`);
  });
}
