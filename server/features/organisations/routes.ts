import {
  AddMember, Invitation, InvitationId, InvitationList, OrganisationDetail, OrganisationId, OrganisationInput,
  OrganisationListQuery, OrganisationPage, OrganisationPatch, ReturnOrganisation,
} from "@shared/contracts/organisations.ts";
import { authorize, can } from "@server/lib/authorization.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { pageOf } from "@server/lib/paging.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { toDetail, toSummary } from "./mapper.ts";
import { findOrganisation, listOrganisations } from "./repository.ts";
import { acceptInvitation, declineInvitation, invitationsFor, inviteMember } from "./invitations.ts";
import { changeOrganisation, createOrganisation, returnOrganisation, verifyOrganisation } from "./service.ts";

const detail = (description: string) => ({ description, schema: OrganisationDetail });
const problem = (description: string) => ({ description });
const notFound = problem("No organisation with this id that the caller may see");

export function organisationRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();

  api.route({
    method: "post", path: "/organisations", tags: ["organisations"], authorize: "organisation:create",
    summary: "An applicant registers the organisation it represents; it waits for verification",
    body: OrganisationInput,
    responses: {
      201: detail("The organisation, pending verification (nipConflict when others claim the same NIP)"),
      409: problem("An organisation is verified with this NIP, or the caller already represents one with it"),
    },
  }, async ({ body, actor }, _req, res) => {
    const created = await createOrganisation(ctx.db, actor, body);
    res.status(201);
    return created;
  });

  api.route({
    method: "get", path: "/organisations", tags: ["organisations"], authorize: ["organisation:list", "organisation:list-own"],
    summary: "Organisations: every one for officers (filter by status), one's own for applicants",
    query: OrganisationListQuery,
    responses: { 200: { description: "A page of organisations", schema: OrganisationPage } },
  }, async ({ query, actor }) => {
    const memberId = can(actor, "organisation:list") ? undefined : actor.userId;
    return pageOf(query, await listOrganisations(ctx.db, query, memberId), toSummary) satisfies OrganisationPage;
  });

  api.route({
    method: "get", path: "/organisations/{id}", tags: ["organisations"], authorize: "organisation:read",
    summary: "One organisation with its statuses, declared de minimis aid and representatives",
    params: OrganisationId,
    responses: { 200: detail("The organisation"), 404: notFound },
  }, async ({ params, actor }) => {
    authorize(actor, "organisation:read", params.id);
    const row = await findOrganisation(ctx.db, params.id);
    if (!row) throw AppError.notFound("Nie ma organizacji o takim identyfikatorze.");
    return toDetail(row);
  });

  api.route({
    method: "patch", path: "/organisations/{id}", tags: ["organisations"], authorize: "organisation:update",
    summary: "Change some fields; an applicant's change sends a returned or changed verified organisation back for verification",
    params: OrganisationId,
    body: OrganisationPatch,
    responses: { 200: detail("The organisation after the change"), 404: notFound, 409: problem("An organisation is verified with this NIP") },
  }, ({ params, body, actor }) => {
    authorize(actor, "organisation:update", params.id);
    return changeOrganisation(ctx.db, actor, params.id, body);
  });

  api.route({
    method: "post", path: "/organisations/{id}/verify", tags: ["organisations"], authorize: "organisation:verify",
    summary: "An officer confirms the organisation's data; its applications can then be decided",
    params: OrganisationId,
    responses: { 200: detail("The verified organisation; other claimants of its NIP are returned"), 404: notFound, 409: problem("Not pending verification, or another organisation is verified with this NIP") },
  }, ({ params, actor }) => verifyOrganisation(ctx.db, actor, params.id));

  api.route({
    method: "post", path: "/organisations/{id}/return", tags: ["organisations"], authorize: "organisation:verify",
    summary: "An officer sends the organisation back for corrections, with the reason",
    params: OrganisationId,
    body: ReturnOrganisation,
    responses: { 200: detail("The returned organisation"), 404: notFound, 409: problem("Already returned") },
  }, ({ params, body, actor }) => returnOrganisation(ctx.db, actor, params.id, body.reason));

  api.route({
    method: "post", path: "/organisations/{id}/members", tags: ["organisations"], authorize: "organisation:add-member",
    summary: "Invite a person (by e-mail) to represent the organisation; the same answer whether or not an account has the address",
    params: OrganisationId,
    body: AddMember,
    responses: { 202: { description: "The invitation, waiting for the invited account to accept it", schema: Invitation }, 404: notFound },
  }, async ({ params, body, actor }, _req, res) => {
    authorize(actor, "organisation:add-member", params.id);
    if (!(await findOrganisation(ctx.db, params.id))) throw AppError.notFound("Nie ma organizacji o takim identyfikatorze.");
    res.status(202);
    return inviteMember(ctx.db, actor, params.id, body.email, ctx.clock.now());
  });

  api.route({
    method: "get", path: "/invitations", tags: ["organisations"], authorize: "invitation:respond",
    summary: "Invitations to represent an organisation addressed to the signed-in account, waiting for an answer",
    responses: { 200: { description: "Pending invitations, newest first", schema: InvitationList } },
  }, async ({ actor }) => ({ items: await invitationsFor(ctx.db, actor, ctx.clock.now()) }) satisfies InvitationList);

  api.route({
    method: "post", path: "/invitations/{id}/accept", tags: ["organisations"], authorize: "invitation:respond",
    summary: "The invited account accepts and becomes a representative of the organisation",
    params: InvitationId,
    responses: { 200: { description: "The accepted invitation", schema: Invitation }, 404: problem("No pending invitation with this id for this account") },
  }, ({ params, actor }) => acceptInvitation(ctx.db, actor, params.id, ctx.clock.now()));

  api.route({
    method: "post", path: "/invitations/{id}/decline", tags: ["organisations"], authorize: "invitation:respond",
    summary: "The invited account declines the invitation",
    params: InvitationId,
    responses: { 200: { description: "The declined invitation", schema: Invitation }, 404: problem("No pending invitation with this id for this account") },
  }, ({ params, actor }) => declineInvitation(ctx.db, actor, params.id, ctx.clock.now()));

  return api;
}
