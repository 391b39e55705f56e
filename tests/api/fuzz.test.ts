import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { applicationBody, applicationIn, createPremisesId, organisationBody, premisesInput } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Malformed input to every operation of the OpenAPI document, as anonymous, an applicant, an officer
// and an admin: never a 5xx, and every error is a problem document. The operations come from
// /api/openapi.json, so a new endpoint is fuzzed without a line here. Deterministic (a seeded PRNG)
// and bounded: each operation gets the full set of mutations once, from the first caller admitted to
// it; the other callers get a sample, and a caller refused (401/403) must stay refused whatever the
// input (it is authorized before its input is read).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;
interface Parameter { name: string; in: "path" | "query"; required?: boolean; schema: Schema }
interface OperationDoc { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }
interface Op { method: "get" | "post" | "put" | "patch" | "delete"; path: string; doc: OperationDoc }

/** One request to send: a path with its parameters filled in, a query, and a body as bytes or JSON. */
interface Probe {
  label: string; path: Record<string, string>; query: Record<string, string | string[]>;
  body?: { type: string; data: string | Buffer } | { json: Json }; headers?: Record<string, string>;
}

interface Caller { name: string; call: (method: Op["method"], url: string) => request.Test }

// ------------------------------------------------------------------------------------------ values

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);

function sample<T>(list: readonly T[], n: number, seed: string): T[] {
  const random = prng(hash(seed));
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

const HUGE_STRING = "ż".repeat(20_000);
/** What a JSON field gets instead of its value: wrong types, huge numbers, huge strings, bad dates, odd text. */
const BAD_JSON: Json[] = [
  null, true, -1, 0, 1.5, 1e308, -1e308, 2 ** 53, 2 ** 31, 90071992547409.94, "90071992547409.94", "99999999999999999999999.99", "1e400",
  "NaN", "-0", "", HUGE_STRING, "\u0000", "\ud800", "2024-02-30", "0000-00-00", "+275760-09-13", "2024-13-45T25:61:61Z",
  {}, [], [[[[[]]]]], { constructor: { prototype: { polluted: true } } }, "%", "_", "'; DROP TABLE Premises; --", "../../etc/passwd",
  "\u202e\u0301💥",
];
/** Always among a field's mutations: the decimal beyond every column that gave a 500 before. */
const ALWAYS_JSON: Json[] = ["90071992547409.94"];
/** How many more of BAD_JSON each field gets, chosen per field: across the fields of a body every one is sent. */
const SAMPLED_PER_FIELD = 2;
/** FUZZ_FULL=1: every value everywhere and the full set for every admitted caller (minutes, not for CI). */
const FULL = Boolean(process.env.FUZZ_FULL);
const pick = <T>(list: readonly T[], n: number, seed: string): T[] => (FULL ? [...list] : sample(list, n, seed));
const BAD_TEXT = [
  "", "x".repeat(5000), "\u0000", "-1", "0", "1e309", "99999999999999999999", "90071992547409.94", "2024-02-30", "%", "_",
  "null", "true", "💥", "\ud800", "1,5", " ", "a,b,,c", "../..", "9007199254740991", "2147483648",
];
/** Request headers an operation may read: preconditions, ranges, languages, encodings. */
const BAD_HEADERS: Record<string, string>[] = [
  { "If-Match": "x".repeat(4000), "If-None-Match": "\"\", *, W/", "Accept-Language": "en;q=abc, *;q=2" },
  { "If-Match": "\"2024-02-30T25:61:00.000Z\"", Range: "bytes=999999999999-1", "If-Modified-Since": "yesterday" },
  { "Content-Encoding": "gzip", Accept: "application/x-nothing", "X-Forwarded-For": "not an address, ::1, 999.1.1.1" },
];
const BAD_PATH = [
  "x", "%00", "..", "%2e%2e%2fetc", "x".repeat(3000), "00000000-0000-0000-0000-000000000000", "1e309", "-1", "99999999999",
  "%F0%9F%92%A5", "%ZZ", "%", "AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA",
];

/** A path that is not valid percent-encoding is refused (400) by the router before any route is chosen. */
const MALFORMED_URL = /^path \w+=(%ZZ|%)$/;

const UUID = "3f0c2a8e-9d4b-4c1e-8f6a-2b7d5e9c1a40";

/** A plausible value of a schema: the starting point that mutations change one field of. */
function plausible(schema: Schema | undefined, doc: Schema, ids: Map<string, string>, depth = 0): Json {
  if (!schema || depth > 8) return null;
  if (typeof schema.$ref === "string") return plausible(resolve(schema.$ref, doc), doc, ids, depth + 1);
  if (schema.example !== undefined) return schema.example as Json;
  if (schema.default !== undefined) return schema.default as Json;
  if (schema.const !== undefined) return schema.const as Json;
  if (Array.isArray(schema.enum)) return schema.enum[0] as Json;
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const options = schema[key] as Schema[] | undefined;
    if (options?.length) {
      if (key === "allOf") return Object.assign({}, ...options.map((o) => plausible(o, doc, ids, depth + 1))) as Json;
      return plausible(options.find((o) => o.type !== "null") ?? options[0], doc, ids, depth + 1);
    }
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : schema.type as string | undefined;
  switch (type) {
    case "object": {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plausible(v, doc, ids, depth + 1)]));
    }
    case "array": return [plausible(schema.items as Schema, doc, ids, depth + 1)];
    case "integer": case "number": return typeof schema.minimum === "number" ? Math.max(schema.minimum, 1) : 1;
    case "boolean": return true;
    case "string": {
      if (schema.format === "date") return "2026-06-01";
      if (schema.format === "date-time") return "2026-06-01T10:00:00.000Z";
      if (schema.format === "uuid") return ids.values().next().value ?? UUID;
      if (schema.format === "email") return "fuzz@example.pl";
      return "Przykładowy tekst".padEnd(Number(schema.minLength ?? 0), "x").slice(0, Number(schema.maxLength ?? 200));
    }
    default: return "1";
  }
}

function resolve(ref: string, doc: Schema): Schema {
  return ref.replace(/^#\//, "").split("/").reduce<Schema>((node, key) => node[key] as Schema, doc);
}

/** Every field path of a plausible value (objects and the first item of arrays), leaves and branches. */
function fieldPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length ? [prefix, ...fieldPaths(value[0]!, [...prefix, 0])] : [prefix];
  if (value !== null && typeof value === "object") {
    return [...(prefix.length ? [prefix] : []), ...Object.entries(value).flatMap(([k, v]) => fieldPaths(v, [...prefix, k]))];
  }
  return [prefix];
}

function withField(value: Json, at: (string | number)[], replacement: Json): Json {
  const copy = structuredClone(value);
  if (at.length === 0) return replacement;
  let node = copy as Record<string | number, Json>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[at[at.length - 1]!] = replacement;
  return copy;
}

// ------------------------------------------------------------------------------------------ probes

const BOUNDARY = "fuzzBoundary0123";
const deepJson = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const TWO_MB_JSON = JSON.stringify({ a: "x".repeat(2 * 1024 * 1024) });

/** Whole bodies that are wrong as a whole: not JSON, the wrong JSON, the wrong content type, broken multipart. */
function wholeBodies(contentType: string): { label: string; body: Probe["body"] }[] {
  const raw = (type: string, data: string | Buffer) => ({ type, data });
  return [
    { label: "no body", body: undefined },
    { label: "JSON that does not parse", body: raw("application/json", "{\"a\": ") },
    { label: "JSON array", body: { json: [1, 2, 3] } },
    { label: "JSON string", body: raw("application/json", "\"tekst\"") },
    { label: "JSON null", body: raw("application/json", "null") },
    { label: "JSON nested 20 000 deep", body: raw("application/json", deepJson(20_000)) },
    { label: "JSON of 2 MB", body: raw("application/json", TWO_MB_JSON) },
    { label: "JSON with an unknown charset", body: raw("application/json; charset=klingon", "{}") },
    { label: "JSON with __proto__", body: raw("application/json", "{\"__proto__\": {\"isAdmin\": true}, \"constructor\": {\"prototype\": {}}}") },
    { label: "text/plain", body: raw("text/plain", "{}") },
    { label: "form-urlencoded", body: raw("application/x-www-form-urlencoded", "a=1&a[b]=2&__proto__[x]=1") },
    { label: "multipart without a boundary", body: raw("multipart/form-data", "--x\r\n") },
    { label: "multipart cut short", body: raw(`multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.png"\r\n\r\nabc`) },
    { label: "multipart with a NUL in the file name", body: raw(`multipart/form-data; boundary=${BOUNDARY}`,
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nphoto\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--${BOUNDARY}--\r\n`) },
    { label: "CSV with a NUL, a broken quote and a long line", body: raw("text/csv", `kod;ulica\n"A\u0000;"b\n${"x;".repeat(50_000)}\n`) },
    { label: "binary bytes", body: raw(contentType.startsWith("multipart") ? "application/octet-stream" : contentType, Buffer.from([0xff, 0xfe, 0x00, 0x00, 0xd8, 0x00])) },
  ];
}

function validPath(op: Op, doc: Schema, ids: Map<string, string>): Record<string, string> {
  const params = op.doc.parameters ?? [];
  return Object.fromEntries(params.filter((p) => p.in === "path").map((p) => [p.name, pathValue(op.path, p, doc, ids)]));
}

/**
 * Valid bodies of the larger request schemas, by component name, so that a mutation of one field
 * reaches the code behind validation; any other schema starts from `plausible`.
 */
const VALID: Record<string, (ids: Map<string, string>) => Json> = {
  OrganisationInputInput: () => organisationBody() as Json,
  OrganisationPatchInput: () => ({ city: "Wieliczka", declaredAid: [{ grantor: "Gmina", grantedOn: "2024-01-01", amountEur: "100.00" }] }),
  PremisesInputInput: () => premisesInput(),
  ApplicationInputInput: (ids) => applicationBody(ids.get("organisations")!, ids.get("available")!),
  ApplicationUpdateInput: (ids) => applicationBody(ids.get("organisations")!, ids.get("available")!),
  ApproveRequestInput: () => ({ startDate: "2030-01-01", months: 12, eurRate: "4.2500", beforeStartDays: 0, renovationDays: 0 }),
  LeaseCreateInput: (ids) => ({ applicationId: ids.get("applications")! }),
  LoginRequestInput: () => ({ email: "nikt@example.pl", password: "Nie-To-Haslo-2026" }),
};

function baseBody(schema: Schema | undefined, doc: Schema, ids: Map<string, string>): Json {
  const name = typeof schema?.$ref === "string" ? schema.$ref.split("/").pop()! : "";
  return VALID[name]?.(ids) ?? plausible(schema, doc, ids);
}

function probesFor(op: Op, doc: Schema, ids: Map<string, string>): Probe[] {
  const params = op.doc.parameters ?? [];
  const pathValues = validPath(op, doc, ids);
  const query = {};
  const probes: Probe[] = [];
  const bodyType = Object.keys(op.doc.requestBody?.content ?? {})[0];
  const bodySchema = bodyType ? op.doc.requestBody!.content[bodyType]!.schema : undefined;
  const base: Json | undefined = bodyType === "application/json" ? baseBody(bodySchema, doc, ids) : undefined;
  const body = (): Probe["body"] => (base === undefined ? undefined : { json: base });

  for (const p of params.filter((q) => q.in === "path")) {
    for (const bad of pick(BAD_PATH, 4, `${op.path} ${p.name}`)) probes.push({ label: `path ${p.name}=${bad.slice(0, 40)}`, path: { ...pathValues, [p.name]: bad }, query, body: body() });
  }
  for (const p of params.filter((q) => q.in === "query")) {
    for (const bad of pick(BAD_TEXT, 3, `${op.method} ${op.path} ${p.name}`)) {
      probes.push({ label: `query ${p.name}=${bad.slice(0, 40)}`, path: pathValues, query: { [p.name]: bad }, body: body() });
    }
    probes.push({ label: `query ${p.name} repeated`, path: pathValues, query: { [p.name]: ["1", "2024-02-30", "x"] }, body: body() });
  }
  if (params.some((p) => p.in === "query")) {
    probes.push({ label: "query: unknown and nested parameters", path: pathValues, query: { "a[b]": "1", __proto__x: "1", "%": "%" }, body: body() });
  }
  if (base !== undefined) {
    probes.push({ label: "body: plausible", path: pathValues, query, body: body() });
    for (const at of fieldPaths(base)) {
      const values = [...ALWAYS_JSON, ...pick(BAD_JSON.filter((v) => !ALWAYS_JSON.includes(v)), SAMPLED_PER_FIELD, `${op.path} ${at.join(".")}`)];
      for (const bad of values) {
        probes.push({ label: `body ${at.join(".") || "(root)"}=${JSON.stringify(bad).slice(0, 40)}`, path: pathValues, query, body: { json: withField(base, at, bad) } });
      }
    }
  }
  if (bodyType) for (const whole of wholeBodies(bodyType)) probes.push({ label: `body: ${whole.label}`, path: pathValues, query, body: whole.body });
  BAD_HEADERS.forEach((headers, i) => probes.push({ label: `headers ${i + 1}`, path: pathValues, query, body: body(), headers }));
  return probes;
}

/** A path parameter that passes validation, so that the query and body are what gets looked at. */
function pathValue(path: string, p: Parameter, doc: Schema, ids: Map<string, string>): string {
  const collection = path.split("/")[1] ?? "";
  const value = plausible(p.schema, doc, ids);
  if (ids.has(collection) && (p.name === "id" || p.schema.format === "uuid")) return ids.get(collection)!;
  if (typeof value === "string" && /^[0-9a-f-]{36}$/.test(value)) return UUID;
  if (p.name === "year") return "2024";
  return typeof value === "string" && value !== "Przykładowy tekst" ? value : "1";
}

function urlOf(op: Op, probe: Probe): string {
  return `/api${op.path.replace(/\{(\w+)\}/g, (_, name: string) => probe.path[name] ?? "x")}`;
}

async function send(caller: Caller, op: Op, probe: Probe): Promise<request.Response> {
  let req = caller.call(op.method, urlOf(op, probe)).query(probe.query).set(probe.headers ?? {});
  const body = probe.body;
  if (body && "json" in body) req = req.set("Content-Type", "application/json").send(JSON.stringify(body.json));
  else if (body) req = req.set("Content-Type", body.type).send(body.data);
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on("data", (c: Buffer) => chunks.push(c));
    res.on("end", () => done(null, Buffer.concat(chunks)));
  });
}

// ------------------------------------------------------------------------------------------ the run

let t: TestApp;
let callers: Caller[];
let ops: Op[];
let doc: Schema;
const ids = new Map<string, string>();

const signedIn = (name: string, s: SignedIn): Caller => ({ name, call: (method, url) => s.call(method, url) });

beforeAll(async () => {
  t = await createTestApp();
  await seedPolicy(t);
  const officer = await signedInStaff(t);
  const admin = await signedInStaff(t, "admin");
  const applicant: Applicant = await verifiedApplicant(t, { economicActivity: true });
  // Real records, so that a valid path reaches the checks of the query and the body behind it.
  const approved = await applicationIn(t.db, "approved", applicant.session, officer, applicant.organisationId);
  const lease = await officer.call("post", "/api/leases").send({ applicationId: approved });
  const application = await t.db.application.findUniqueOrThrow({ where: { id: approved } });
  ids.set("applications", approved).set("premises", application.premisesId).set("organisations", applicant.organisationId)
    .set("available", await createPremisesId(t.db));
  if (lease.status === 201) ids.set("leases", (lease.body as { id: string }).id);

  callers = [
    signedIn("admin", admin), signedIn("officer", officer), signedIn("applicant", applicant.session),
    { name: "anonymous", call: (method, url) => request(t.app)[method](url) },
  ];
  doc = (await request(t.app).get("/api/openapi.json").expect(200)).body as Schema;
  const paths = doc.paths as Record<string, Record<string, OperationDoc>>;
  ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).filter(([m]) => ["get", "post", "put", "patch", "delete"].includes(m))
      .map(([method, opDoc]) => ({ method: method as Op["method"], path: path.replace(/^\/api(?=\/)/, ""), doc: opDoc })));
  // Signing in, registering and signing out replace the caller's session: they go last.
  ops.sort((a, b) => Number(a.path.startsWith("/auth/")) - Number(b.path.startsWith("/auth/")));
}, 60_000);
afterAll(() => t.close());

describe("fuzzing every operation of the OpenAPI document", () => {
  it("never answers 5xx, answers every error with a problem document, and refuses a refused caller whatever the input", async () => {
    const failures: string[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const op of ops) {
      const started = Date.now();
      const before = sent;
      const probes = probesFor(op, doc, ids);
      let fullRunDone = false;
      for (const caller of callers) {
        // A body that no schema accepts tells whether this caller is admitted (400) or refused (401, 403).
        const first = await send(caller, op, { label: "probe", path: validPath(op, doc, ids), query: {}, body: { json: [] } });
        const refused = first.status === 401 || first.status === 403;
        const chosen = refused ? sample(probes, 3, `${caller.name} ${op.path}`)
          : fullRunDone && !FULL ? sample(probes, 4, `${caller.name} ${op.method} ${op.path}`) : probes;
        if (!refused) fullRunDone = true;
        for (const probe of [{ label: "probe", path: {}, query: {} } as Probe, ...chosen]) {
          const res = probe.label === "probe" ? first : await send(caller, op, probe);
          sent += 1;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const where = `${op.method.toUpperCase()} ${op.path} as ${caller.name}, ${probe.label}: ${res.status}`;
          if (res.status >= 500) failures.push(`${where} ${String(res.body).slice(0, 200)}`);
          else if (res.status >= 400 && !String(res.headers["content-type"]).startsWith("application/problem+json")) failures.push(`${where} as ${res.headers["content-type"]}`);
          else if (refused && res.status !== first.status && !(first.status === 403 && res.status === 401) && !MALFORMED_URL.test(probe.label)) {
            failures.push(`${where}, but ${first.status} for the first probe: the input was looked at before the caller was refused`);
          }
        }
      }
      if (process.env.FUZZ_LOG) console.info(`${op.method} ${op.path}: ${sent - before} requests, ${Date.now() - started} ms, failures so far ${failures.length}`);
    }
    if (process.env.FUZZ_LOG) console.info(failures.join("\n"));
    expect(ops.length).toBeGreaterThan(40);
    console.info(`fuzz: ${ops.length} operations, ${sent} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
    expect(failures).toEqual([]);
  }, Number(process.env.FUZZ_TIMEOUT ?? 300_000));
});
