import { z } from "zod";
import type { Operation } from "@server/lib/route.ts";
import { Problem } from "@shared/contracts/common.ts";

type JsonSchema = Record<string, unknown>;

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
  return Object.assign({}, ...parts, own);
}
function collectRequired(json: JsonSchema): string[] {
  const own = (json.required ?? []) as string[];
  return [...own, ...((json.allOf ?? []) as JsonSchema[]).flatMap(collectRequired)];
}

/** The OpenAPI 3 document, generated from the same zod schemas that validate the requests. */
export function openApiDocument(operations: Operation[], version: string): JsonSchema {
  const schemas: Record<string, JsonSchema> = {};
  const toSchema = converter(schemas);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) {
    const responses: Record<string, JsonSchema> = {};
    for (const [status, spec] of Object.entries(op.responses)) {
      const type = spec.contentType ?? "application/json";
      responses[status] = {
        description: spec.description,
        ...(spec.schema ? { content: { [type]: { schema: toSchema(spec.schema, "output") } } } : {}),
      };
    }
    responses.default = {
      description: "Problem (RFC 9457)",
      content: { "application/problem+json": { schema: toSchema(Problem, "output") } },
    };
    (paths[`/api${op.path}`] ??= {})[op.method] = {
      summary: op.summary,
      tags: op.tags,
      operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
      parameters: parameters(op, toSchema),
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(op.body, "input") } } } } : {}),
      ...(op.security === "session" ? { security: [{ session: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "social-premises API", version, description: "Municipal premises for the social economy in Kraków." },
    paths,
    components: {
      schemas,
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "sp_session" } },
    },
  };
}
