import { LeaseTemplate, LeaseTemplateCreate, LeaseTemplateList } from "@shared/contracts/lease-templates.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { addTemplateVersion, templateList } from "./service.ts";

export function leaseTemplateRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["lease-templates"];

  api.route({
    method: "get", path: "/lease-templates", tags, authorize: "lease-template:list",
    summary: "The versions of the lease agreement's template, newest first",
    responses: { 200: { description: "Every version", schema: LeaseTemplateList } },
  }, () => templateList(ctx.db));

  api.route({
    method: "post", path: "/lease-templates", tags, authorize: "lease-template:manage",
    summary: "Add a new version of the template (sections with {{placeholders}}; an unknown placeholder is refused naming the field)",
    body: LeaseTemplateCreate,
    responses: { 201: { description: "The new version", schema: LeaseTemplate }, 409: { description: "Another version was added at the same moment" } },
  }, async ({ body, actor }, _req, res) => {
    const template = await addTemplateVersion(ctx.db, actor, body);
    res.status(201);
    return template;
  });

  return api;
}
