import { z } from "zod";
import { Problem } from "@shared/contracts/common.ts";
import { isPublic, rolesFor } from "@server/lib/authorization.ts";
import { ROLES } from "@server/lib/auth/actor.ts";
import type { Operation } from "@server/lib/route.ts";

type JsonSchema = Record<string, unknown>;

const PROBLEM_TYPE = "application/problem+json";

/** Named schemas (`.meta({ id })`) become components; references point there. */
function converter(components: Record<string, JsonSchema>) {
  return function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const raw = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" });
    // Input and output shapes of one named schema differ (defaults, transforms): name them apart.
    const suffix = io === "input" ? "Input" : "";
    const text = JSON.stringify(raw).replace(/"#\/definitions\/([^"]+)"/g, `"#/components/schemas/$1${suffix}"`);
    const json = JSON.parse(text) as JsonSchema;
    for (const [name, definition] of Object.entries((json.definitions ?? {}) as Record<string, JsonSchema>)) {
      components[name + suffix] = definition;
    }
    delete json.definitions;
    delete json.$schema;
    return json;
  };
}

function parameters(op: Operation, toSchema: ReturnType<typeof converter>): JsonSchema[] {
  const params: JsonSchema[] = [];
  const add = (schema: z.ZodType | undefined, where: "query" | "path") => {
    if (!schema) return;
    const json = toSchema(schema, "input");
    const props = collectProperties(json);
    const required = new Set(collectRequired(json));
    for (const [name, prop] of Object.entries(props)) {
      params.push({ name, in: where, required: where === "path" || required.has(name), schema: prop });
    }
  };
  add(op.query, "query");
  add(op.params, "path");
  return params;
}

// Query schemas may be intersections (paging & filter): merge their object parts.
function collectProperties(json: JsonSchema): Record<string, JsonSchema> {
  const own = (json.properties ?? {}) as Record<string, JsonSchema>;
  const parts = ((json.allOf ?? []) as JsonSchema[]).map(collectProperties);
  return Object.assign({}, ...parts, own) as Record<string, JsonSchema>;
}
function collectRequired(json: JsonSchema): string[] {
  const own = (json.required ?? []) as string[];
  return [...own, ...((json.allOf ?? []) as JsonSchema[]).flatMap(collectRequired)];
}

function requestBody(op: Operation, toSchema: ReturnType<typeof converter>): JsonSchema | undefined {
  if (op.receive) {
    const files = Object.fromEntries((op.receive.files ?? []).map((name) => [name, { type: "string", format: "binary" }]));
    const fields = op.body ? toSchema(op.body, "input") : { type: "object" };
    const schema = op.receive.files
      ? { ...fields, properties: { ...(fields.properties as JsonSchema | undefined), ...files }, required: [...((fields.required ?? []) as string[]), ...Object.keys(files)] }
      : { type: "string", format: "binary" };
    return { required: true, content: { [op.receive.contentType]: { schema } } };
  }
  if (op.body) return { required: true, content: { "application/json": { schema: toSchema(op.body, "input") } } };
  return undefined;
}

/**
 * The problems an operation can answer with: 400 for bad input, 401 and 403 from its
 * `authorize` (and 403 for a state-changing request without the session's CSRF token), then those
 * it declares (404, 409, 412...). Each one is a problem document.
 */
function problemResponses(op: Operation): Record<string, { description: string; schema?: z.ZodType }> {
  const problems: Record<string, { description: string; schema?: z.ZodType }> = {};
  // A body is read (and a JSON body that does not parse refused) only by an operation that takes one.
  if (op.query || op.params || op.body || op.receive) {
    problems[400] = { description: op.body ? "Invalid input (the problem lists every bad field), or a JSON body that does not parse" : "Invalid input (the problem lists every bad field)" };
  }
  if (!isPublic(op.authorize)) problems[401] = { description: "Not signed in" };
  const someRolesRefused = rolesFor(op.authorize).length < ROLES.length;
  const refusals = [
    ...(someRolesRefused ? [`not allowed for the role (allowed: ${rolesFor(op.authorize).join(", ")})`] : []),
    ...(op.method === "get" ? [] : ["a signed-in request without the session's X-CSRF-Token, or sent from another site"]),
  ];
  if (refusals.length) problems[403] = { description: `Refused: ${refusals.join("; ")}` };
  for (const [status, spec] of Object.entries(op.responses)) {
    if (Number(status) >= 400) problems[status] = spec;
  }
  return problems;
}

/**
 * OpenAPI 3.0 cannot put `nullable` beside a bare reference, and zod's output has a few shapes that
 * linters flag: give a nullable reference its type, unwrap a lone `allOf`, drop duplicate `anyOf` members.
 */
function tidy(node: unknown, components: Record<string, JsonSchema>): unknown {
  if (Array.isArray(node)) return node.map((item) => tidy(item, components));
  if (node === null || typeof node !== "object") return node;
  const schema: JsonSchema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, tidy(value, components)]));
  const allOf = schema.allOf as JsonSchema[] | undefined;
  if (schema.nullable === true && schema.type === undefined && allOf?.length === 1) {
    const ref = allOf[0]?.$ref;
    const target = typeof ref === "string" ? components[ref.replace("#/components/schemas/", "")] : undefined;
    schema.type = target?.type ?? "object";
  }
  if (allOf?.length === 1 && Object.keys(schema).length === 1) return allOf[0];
  if (Array.isArray(schema.anyOf)) {
    const members = (schema.anyOf as unknown[]).filter((member, i, all) =>
      all.findIndex((other) => JSON.stringify(other) === JSON.stringify(member)) === i);
    if (members.length === 1 && Object.keys(schema).length === 1) return members[0];
    schema.anyOf = members;
  }
  return schema;
}

const operationId = (op: Operation) =>
  `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`;

/** The OpenAPI 3 document, generated from the same zod schemas that validate the requests. */
export function openApiDocument(operations: Operation[], version: string): JsonSchema {
  const schemas: Record<string, JsonSchema> = {};
  const toSchema = converter(schemas);
  const problem = toSchema(Problem, "output");
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) {
    const responses: Record<string, JsonSchema> = {};
    for (const [status, spec] of Object.entries(op.responses)) {
      if (Number(status) >= 400) continue;
      const type = spec.contentType ?? "application/json";
      responses[status] = {
        description: spec.description,
        ...(spec.schema ? { content: { [type]: { schema: toSchema(spec.schema, "output") } } } : {}),
      };
    }
    for (const [status, spec] of Object.entries(problemResponses(op))) {
      const schema = spec.schema ? toSchema(spec.schema, "output") : problem;
      responses[status] = { description: spec.description, content: { [PROBLEM_TYPE]: { schema } } };
    }
    responses.default = { description: "Unexpected error (RFC 9457 problem)", content: { [PROBLEM_TYPE]: { schema: problem } } };
    const body = requestBody(op, toSchema);
    (paths[`/api${op.path}`] ??= {})[op.method] = {
      summary: op.summary,
      tags: op.tags,
      operationId: operationId(op),
      parameters: parameters(op, toSchema),
      ...(body ? { requestBody: body } : {}),
      security: isPublic(op.authorize) ? [] : [{ session: [] }],
      responses,
    };
  }
  return tidy({
    openapi: "3.0.3",
    info: { title: "social-premises API", version, description: "Municipal premises for the social economy in Kraków." },
    servers: [{ url: "/", description: "This server; every path starts with /api" }],
    paths,
    components: {
      schemas,
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "sp_session" } },
    },
  }, schemas) as JsonSchema;
}
