import { z } from "zod";
import {
  ApplicationDetail, ApplicationId, ApplicationInput, ApplicationListQuery, ApplicationPage, ApplicationUpdate, ApproveRequest,
  NotificationId, NotificationQuery, NotificationView, RejectRequest, Review, ReviewQuery,
} from "@shared/contracts/applications.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { requireConfirmedEmail } from "@server/features/auth/index.ts";
import { documentsConfig } from "@server/features/documents/index.ts";
import { approveApplication, rejectApplication, reviewApplication } from "./decide.ts";
import { listNotifications, markRead } from "./inbox.ts";
import {
  changeDraft, createApplication, detailOf, listForActor, readableApplication, submitApplication, withdrawApplication,
} from "./service.ts";

const notFound = { description: "No such application (or not yours)" };
const conflict = { description: "The application or the premises changed state meanwhile" };
const unprocessable = { description: "A rule refuses it; the problem says which" };

export function applicationRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["applications"];
  const config = documentsConfig(ctx.env.DOCUMENTS_CONFIG);
  const issuing = { casePrefix: config.caseNumberPrefix, notice: config.notice };

  api.route({
    method: "post", path: "/applications", tags, authorize: "application:create",
    summary: "Draft an application of the applicant's organisation for an available premises",
    body: ApplicationInput,
    responses: { 201: { description: "Draft saved", schema: ApplicationDetail }, 409: conflict, 422: unprocessable },
  }, async ({ body, actor }, _req, res) => {
    const detail = await createApplication(ctx.db, actor, body, ctx.clock);
    res.status(201);
    return detail;
  });

  api.route({
    method: "get", path: "/applications", tags, authorize: "application:list",
    summary: "Applications, oldest first: the officers' queue (all but drafts) or the applicant's own",
    query: ApplicationListQuery,
    responses: { 200: { description: "A page of applications", schema: ApplicationPage } },
  }, ({ query, actor }) => listForActor(ctx.db, actor, query, ctx.clock));

  api.route({
    method: "get", path: "/applications/{id}", tags, authorize: "application:read",
    summary: "One application with its decision, if any",
    params: ApplicationId,
    responses: { 200: { description: "The application", schema: ApplicationDetail }, 404: notFound },
  }, async ({ params, actor }) => detailOf(ctx.db, await readableApplication(ctx.db, actor, params.id)));

  api.route({
    method: "put", path: "/applications/{id}", tags, authorize: "application:update",
    summary: "Replace the content of a draft",
    params: ApplicationId,
    body: ApplicationUpdate,
    responses: { 200: { description: "Draft saved", schema: ApplicationDetail }, 404: notFound, 409: conflict, 422: unprocessable },
  }, ({ params, body, actor }) => changeDraft(ctx.db, actor, params.id, body, ctx.clock));

  api.route({
    method: "post", path: "/applications/{id}/submit", tags, authorize: "application:update",
    summary: "Submit a draft to the city",
    params: ApplicationId,
    responses: {
      200: { description: "Submitted", schema: ApplicationDetail }, 403: { description: "The applicant's e-mail address is not confirmed yet (email-unconfirmed)" },
      404: notFound, 409: conflict, 422: unprocessable,
    },
  }, async ({ params, actor }) => {
    await requireConfirmedEmail(ctx, actor);
    return submitApplication(ctx.db, actor, params.id, ctx.clock);
  });

  api.route({
    method: "post", path: "/applications/{id}/withdraw", tags, authorize: "application:update",
    summary: "Withdraw a draft or a submitted application before the decision",
    params: ApplicationId,
    responses: { 200: { description: "Withdrawn", schema: ApplicationDetail }, 404: notFound, 409: conflict },
  }, ({ params, actor }) => withdrawApplication(ctx.db, actor, params.id, ctx.clock));

  api.route({
    method: "get", path: "/applications/{id}/review", tags, authorize: "application:review",
    summary: "The officer's review: checks, the rate and its derivation, the aid, competing applications; terms as what-if",
    params: ApplicationId,
    query: ReviewQuery,
    responses: { 200: { description: "Review", schema: Review }, 404: notFound },
  }, ({ params, query, actor }) => reviewApplication(ctx.db, actor, params.id, query));

  api.route({
    method: "post", path: "/applications/{id}/approve", tags, authorize: "application:decide",
    summary: "Approve with the term, rate and rent holidays: reserves the premises, competing applications lose it",
    params: ApplicationId,
    body: ApproveRequest,
    responses: { 200: { description: "Approved", schema: ApplicationDetail }, 404: notFound, 409: conflict, 422: unprocessable },
  }, ({ params, body, actor }) => approveApplication(ctx.db, actor, params.id, body, ctx.clock, issuing));

  api.route({
    method: "post", path: "/applications/{id}/reject", tags, authorize: "application:decide",
    summary: "Reject a submitted application with a reason",
    params: ApplicationId,
    body: RejectRequest,
    responses: { 200: { description: "Rejected", schema: ApplicationDetail }, 404: notFound, 409: conflict },
  }, ({ params, body, actor }) => rejectApplication(ctx.db, actor, params.id, body, ctx.clock, issuing));

  api.route({
    method: "get", path: "/notifications", tags, authorize: "notification:list",
    summary: "Messages about the applications of the applicant's organisations, newest first",
    query: NotificationQuery,
    responses: { 200: { description: "Messages", schema: z.array(NotificationView) } },
  }, ({ query, actor }) => listNotifications(ctx.db, actor, query.unread === "true"));

  api.route({
    method: "post", path: "/notifications/{id}/read", tags, authorize: "notification:read",
    summary: "Mark a message as read",
    params: NotificationId,
    responses: { 200: { description: "Read", schema: NotificationView }, 404: { description: "No such message" } },
  }, ({ params, actor }) => markRead(ctx.db, actor, params.id));

  return api;
}
