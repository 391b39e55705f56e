import { LeaseTemplateVersion } from "@shared/contracts/lease-templates.ts";
import { LeaseAnnexPath, LeaseId } from "@shared/contracts/leases.ts";
import type { AppContext } from "@server/lib/context.ts";
import type { ApiRouter } from "@server/lib/route.ts";
import { annexDocument, leaseDocument } from "./lease-document.ts";
import { loadAnnexDocument, loadLeaseDocument, loadTemplatePreview } from "./lease-service.ts";
import type { Grantor } from "./grantor.ts";
import type { SendPdf } from "./routes.ts";

const pdf = { description: "PDF document", contentType: "application/pdf" };
const notFound = { description: "No such lease (or not yours), or no such annex" };

const fileName = (number: string) => number.replace(/\W+/g, "-");

/** The lease agreement, its annexes and a template's preview, on the documents' router. */
export function addLeaseDocumentRoutes(api: ApiRouter, ctx: AppContext, send: SendPdf, grantor: Grantor): void {
  const tags = ["documents"];

  api.route({
    method: "get", path: "/leases/{id}/document.pdf", tags, authorize: "lease:read",
    summary: "The lease agreement from the template version it cites, with the handover protocol and the first year of the schedule (PROJEKT on a draft)",
    params: LeaseId,
    responses: { 200: pdf, 404: notFound, 422: { description: "The schedule cannot be computed; the problem says why" } },
  }, async ({ params, actor }, _req, res) => {
    const doc = await loadLeaseDocument(ctx.db, ctx.clock, actor, params.id);
    await send(res, leaseDocument(doc, grantor), `umowa-${fileName(doc.lease.number)}.pdf`);
  });

  api.route({
    method: "get", path: "/leases/{id}/annexes/{n}/document.pdf", tags, authorize: "lease:read",
    summary: "Annex n of the lease: what changes from its effective date, the parties, signatures",
    params: LeaseAnnexPath,
    responses: { 200: pdf, 404: notFound },
  }, async ({ params, actor }, _req, res) => {
    const { lease, representatives, annex, creationDate } = await loadAnnexDocument(ctx.db, actor, params.id, params.n);
    await send(res, annexDocument({ lease, representatives }, annex, creationDate, grantor), `aneks-${annex.number}-${fileName(lease.number)}.pdf`);
  });

  api.route({
    method: "get", path: "/lease-templates/{version}/preview.pdf", tags, authorize: "lease-template:manage",
    summary: "A template version printed with a sample lease",
    params: LeaseTemplateVersion,
    responses: { 200: pdf, 404: { description: "No such template version" } },
  }, async ({ params }, _req, res) => {
    const doc = await loadTemplatePreview(ctx.db, params.version);
    await send(res, leaseDocument(doc, grantor), `wzor-umowy-v${params.version}.pdf`);
  });
}
