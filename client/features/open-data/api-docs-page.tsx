import { z } from "zod";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import "./open-data.css";

// The parts of our OpenAPI 3 document (server/features/openapi) that the viewer shows; the rest is ignored.
const Schema = z.looseObject({ type: z.string().optional(), enum: z.array(z.unknown()).optional(), $ref: z.string().optional(), format: z.string().optional() });
const Parameter = z.object({ name: z.string(), in: z.string(), required: z.boolean().optional(), schema: Schema.optional() });
const Content = z.record(z.string(), z.object({ schema: Schema.optional() }).loose());
const ApiOperation = z.object({
  summary: z.string().optional(),
  tags: z.array(z.string()).optional(),
  security: z.array(z.unknown()).optional(),
  parameters: z.array(Parameter).optional(),
  requestBody: z.object({ content: Content }).loose().optional(),
  responses: z.record(z.string(), z.object({ description: z.string(), content: Content.optional() }).loose()),
}).loose();
const OpenApi = z.object({
  info: z.object({ title: z.string(), version: z.string() }).loose(),
  paths: z.record(z.string(), z.record(z.string(), ApiOperation)),
}).loose();
type ApiOperation = z.infer<typeof ApiOperation>;

const METHODS = ["get", "post", "put", "patch", "delete"];

function typeOf(schema: z.infer<typeof Schema> | undefined): string {
  if (!schema) return "";
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.$ref) return schema.$ref.replace("#/components/schemas/", "");
  return [schema.type, schema.format].filter(Boolean).join(", ");
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** "/api-docs": the API description (GET /api/openapi.json) for people, grouped by tag; no script from elsewhere. */
export function ApiDocsPage() {
  const { data, error, refetch } = useApiQuery("/api/openapi.json", OpenApi, { staleTime: Infinity });
  const groups = new Map<string, { method: string; path: string; op: ApiOperation }[]>();
  for (const [path, methods] of Object.entries(data?.paths ?? {})) {
    for (const method of METHODS) {
      const op = methods[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? "other";
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, op }]);
    }
  }
  return (
    <div className="page page--medium">
      <PageHeading title={t("apiDocs.title")} />
      <p>{t("apiDocs.intro")}</p>
      <p><a href="/api/openapi.json">{t("apiDocs.json")}</a></p>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {data && (
        <>
          <p>{t("apiDocs.version", { title: data.info.title, version: data.info.version })}</p>
          <nav aria-labelledby="api-docs-toc">
            <h2 id="api-docs-toc">{t("apiDocs.contents")}</h2>
            <ul className="api-docs-toc">
              {[...groups.keys()].map((tag) => <li key={tag}><a href={`#tag-${slug(tag)}`}>{tag}</a></li>)}
            </ul>
          </nav>
          {[...groups].map(([tag, ops]) => (
            <section key={tag} aria-labelledby={`tag-${slug(tag)}`}>
              <h2 id={`tag-${slug(tag)}`}>{tag}</h2>
              {ops.map(({ method, path, op }) => <OperationView key={`${method} ${path}`} method={method} path={path} op={op} />)}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function OperationView({ method, path, op }: { method: string; path: string; op: ApiOperation }) {
  const params = op.parameters ?? [];
  const body = op.requestBody ? Object.entries(op.requestBody.content) : [];
  return (
    <article className="api-docs-operation">
      <h3><span className="api-docs-method">{method.toUpperCase()}</span> <span className="api-docs-path">{path}</span></h3>
      {op.summary && <p>{op.summary}</p>}
      <p>{op.security?.length ? t("apiDocs.signedIn") : t("apiDocs.public")}</p>
      {params.length > 0 && (
        <table className="api-docs-table">
          <caption className="visually-hidden">{t("apiDocs.parameters")}</caption>
          <thead><tr><th scope="col">{t("apiDocs.parameter")}</th><th scope="col">{t("apiDocs.where")}</th><th scope="col">{t("apiDocs.type")}</th><th scope="col">{t("apiDocs.required")}</th></tr></thead>
          <tbody>
            {params.map((p) => (
              <tr key={`${p.in}:${p.name}`}>
                <th scope="row"><code>{p.name}</code></th><td>{p.in}</td><td>{typeOf(p.schema)}</td><td>{p.required ? t("app.yes") : t("app.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body.map(([type, content]) => <p key={type}>{t("apiDocs.body", { type, schema: typeOf(content.schema) || "—" })}</p>)}
      <details>
        <summary>{t("apiDocs.responses")}</summary>
        <ul>
          {Object.entries(op.responses).map(([status, response]) => <li key={status}><strong>{status}</strong>: {response.description}</li>)}
        </ul>
      </details>
    </article>
  );
}
