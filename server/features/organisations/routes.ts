import {
  AddMember, OrganisationDetail, OrganisationId, OrganisationInput, OrganisationListQuery, OrganisationPage,
  OrganisationPatch, ReturnOrganisation,
} from "@shared/contracts/organisations.ts";
import { actorOf } from "@server/lib/auth/actor.ts";
import { authorize, can } from "@server/lib/authorization.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { toDetail, toSummary } from "./mapper.ts";
import { findOrganisation, listOrganisations } from "./repository.ts";
import { addMember, changeOrganisation, createOrganisation, returnOrganisation, verifyOrganisation } from "./service.ts";

const detail = (description: string) => ({ description, schema: OrganisationDetail });
const problem = (description: string) => ({ description });
const notFound = problem("No organisation with this id that the caller may see");

export function organisationRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();

  api.route({
    method: "post", path: "/organisations", tags: ["organisations"], security: "session",
    summary: "An applicant registers the organisation it represents; it waits for verification",
    body: OrganisationInput,
    responses: { 201: detail("The organisation, pending verification"), 409: problem("An organisation with this NIP exists") },
  }, async ({ body }, req, res) => {
    const actor = actorOf(req);
    authorize(actor, "organisation:create");
    const created = await createOrganisation(ctx.db, actor, body);
    res.status(201);
    return created;
  });

  api.route({
    method: "get", path: "/organisations", tags: ["organisations"], security: "session",
    summary: "Organisations: every one for officers (filter by status), one's own for applicants",
    query: OrganisationListQuery,
    responses: { 200: { description: "A page of organisations", schema: OrganisationPage } },
  }, async ({ query }, req) => {
    const actor = actorOf(req);
    const all = can(actor, "organisation:list");
    if (!all) authorize(actor, "organisation:list-own");
    const { total, rows } = await listOrganisations(ctx.db, query, all ? undefined : actor?.userId);
    return {
      items: rows.map(toSummary),
      page: { page: query.page, pageSize: query.pageSize, total, pages: Math.ceil(total / query.pageSize) },
    } satisfies OrganisationPage;
  });

  api.route({
    method: "get", path: "/organisations/{id}", tags: ["organisations"], security: "session",
    summary: "One organisation with its statuses, declared de minimis aid and representatives",
    params: OrganisationId,
    responses: { 200: detail("The organisation"), 404: notFound },
  }, async ({ params }, req) => {
    authorize(actorOf(req), "organisation:read", params.id);
    const row = await findOrganisation(ctx.db, params.id);
    if (!row) throw AppError.notFound("Nie ma organizacji o takim identyfikatorze.");
    return toDetail(row);
  });

  api.route({
    method: "patch", path: "/organisations/{id}", tags: ["organisations"], security: "session",
    summary: "Change some fields; an applicant's change sends a returned or changed verified organisation back for verification",
    params: OrganisationId,
    body: OrganisationPatch,
    responses: { 200: detail("The organisation after the change"), 404: notFound, 409: problem("An organisation with this NIP exists") },
  }, async ({ params, body }, req) => {
    const actor = actorOf(req);
    authorize(actor, "organisation:update", params.id);
    return changeOrganisation(ctx.db, actor, params.id, body);
  });

  api.route({
    method: "post", path: "/organisations/{id}/verify", tags: ["organisations"], security: "session",
    summary: "An officer confirms the organisation's data; its applications can then be decided",
    params: OrganisationId,
    responses: { 200: detail("The verified organisation"), 404: notFound, 409: problem("Not pending verification") },
  }, async ({ params }, req) => {
    const actor = actorOf(req);
    authorize(actor, "organisation:verify");
    return verifyOrganisation(ctx.db, actor, params.id);
  });

  api.route({
    method: "post", path: "/organisations/{id}/return", tags: ["organisations"], security: "session",
    summary: "An officer sends the organisation back for corrections, with the reason",
    params: OrganisationId,
    body: ReturnOrganisation,
    responses: { 200: detail("The returned organisation"), 404: notFound, 409: problem("Already returned") },
  }, async ({ params, body }, req) => {
    const actor = actorOf(req);
    authorize(actor, "organisation:verify");
    return returnOrganisation(ctx.db, actor, params.id, body.reason);
  });

  api.route({
    method: "post", path: "/organisations/{id}/members", tags: ["organisations"], security: "session",
    summary: "Add another applicant account (by e-mail) as a representative of the organisation",
    params: OrganisationId,
    body: AddMember,
    responses: {
      201: detail("The organisation with its representatives"), 404: notFound,
      409: problem("Already a representative"), 422: problem("No applicant account with this e-mail"),
    },
  }, async ({ params, body }, req, res) => {
    const actor = actorOf(req);
    authorize(actor, "organisation:add-member", params.id);
    const updated = await addMember(ctx.db, actor, params.id, body.email);
    res.status(201);
    return updated;
  });

  return api;
}
