import type { ApiRouter, Operation } from "@server/lib/route.ts";
import { ApiRouter as Router } from "@server/lib/route.ts";
import { openApiDocument } from "./document.ts";

export function openApiRoutes(features: ApiRouter[], version: string): ApiRouter {
  const api = new Router();
  let document: unknown;
  api.route({
    method: "get", path: "/openapi.json", tags: ["system"], authorize: "public",
    summary: "This document: generated from the zod schemas that validate the requests",
    responses: { 200: { description: "OpenAPI 3 document" } },
  }, () => {
    const operations: Operation[] = [...features, api].flatMap((f) => f.operations);
    document ??= openApiDocument(operations, version);
    return document;
  });
  return api;
}
