/**
 * The authorization matrix: every operation of /api/openapi.json, called by each of five callers,
 * answers exactly the status in its row. An operation without a row fails the first test, so a new
 * endpoint cannot ship without someone deciding who may call it.
 *
 * HOW TO ADD AN ENDPOINT: add a row to ROWS below.
 * - `op`: "METHOD /api/path" exactly as the OpenAPI document spells it ("GET /api/premises/{id}").
 * - `call(f, who)` (optional): the URL, body, file or CSV for one call. `f` holds real records of
 *   organisation A (see Fixture). It runs once per caller, before that caller's request, so it may
 *   make a fresh record each time (a pending organisation for /verify, a premises for /withdraw):
 *   one caller's call must not change what the next one gets. Without `call`, the URL is the path
 *   with {id} filled from `f.organisationA`.
 * - `expect`: the status for anonymous, applicantA (represents organisation A), applicantB
 *   (represents organisation B), officer and admin. Helpers: everyone(200), staff(200), ...
 * - `freshSession: true` when the call ends or replaces the caller's session (logout, login).
 * The callers send the X-CSRF-Token header of their session, as the client does.
 */
import { createHash, randomBytes } from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_LEASE_TEMPLATE, seedLeaseTemplate } from "@server/features/lease-templates/index.ts";
import { seedPriceIndices } from "@server/features/price-indices/seed.ts";
import { seedRatePolicy } from "@server/features/rate-policy/seed.ts";
import { type SignedIn, signIn } from "@tests/support/auth.ts";
import {
  applicationBody, applicationIn, createOrganisation, createPremises, createPremisesId, createUser, investmentIn, investmentInvoice, investmentProposal, organisationBody,
  premisesInput, TEST_PASSWORD, type TestUser,
} from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

const CALLERS = ["anonymous", "applicantA", "applicantB", "officer", "admin"] as const;
type Caller = (typeof CALLERS)[number];
type Statuses = Record<Caller, number>;

interface Fixture {
  t: TestApp;
  users: Record<Exclude<Caller, "anonymous">, TestUser>;
  organisationA: string;
  organisationB: string;
  premisesId: string;
  fileId: string;
  policyId: string;
  policyBody: Record<string, unknown>;
}

interface Call {
  url: string;
  body?: unknown;
  /** Sent as text/csv instead of JSON. */
  csv?: string;
  /** A multipart upload: the file in field "file" plus plain fields. */
  upload?: { fields: Record<string, string>; file: Buffer; filename: string };
}

interface Row {
  op: string;
  call?: (f: Fixture, who: Caller) => Call | Promise<Call>;
  expect: Statuses;
  freshSession?: boolean;
}

/** A fresh pending invitation of the caller's address to organisation B (anonymous: a stranger's). */
async function invitationFor(f: Fixture, who: Caller): Promise<string> {
  const email = who === "anonymous" ? `nieznany-${crypto.randomUUID()}@example.pl` : f.users[who].email;
  const invitation = await f.t.db.organisationInvitation.create({
    data: { organisationId: f.organisationB, email, status: "pending", expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000) },
  });
  return invitation.id;
}

/** A fresh account's mailed link (as the auth feature stores it: the SHA-256 of the token), for the token endpoints. */
async function linkToken(f: Fixture, purpose: "confirm-email" | "password-reset"): Promise<string> {
  const user = await createUser(f.t.db);
  const token = randomBytes(32).toString("base64url");
  await f.t.db.accountToken.create({
    data: { id: createHash("sha256").update(token).digest("hex"), userId: user.id, purpose, email: user.email, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return token;
}

const row = (anonymous: number, applicantA: number, applicantB: number, officer: number, admin: number): Statuses =>
  ({ anonymous, applicantA, applicantB, officer, admin });
const everyone = (status: number) => row(status, status, status, status, status);
/** Staff only: anonymous 401, applicants 403. */
const staff = (status: number) => row(401, 403, 403, status, status);
const adminOnly = (status: number) => row(401, 403, 403, 403, status);
/** Data of organisation A: its applicant and staff may; B's applicant gets 404, as for an id that does not exist. */
const ownOrStaff = (status: number) => row(401, status, 404, status, status);

let f: Fixture;
/** One session per signed-in caller for the whole file (sign-ins are rate-limited, as in production). */
const sessions = new Map<Caller, SignedIn>();
let sequence = 0;
const unique = () => (sequence += 1);
const futureDate = () => new Date(Date.UTC(2040, 0, 1) + unique() * 86_400_000).toISOString().slice(0, 10);

// A 1×1 PNG: the smallest photo the upload accepts.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function freshPremises(f: Fixture): Promise<string> {
  const [input] = await createPremises(f.t.db, {});
  const found = await f.t.db.premises.findUniqueOrThrow({ where: { inventoryCode: input!.inventoryCode }, select: { id: true } });
  return found.id;
}

/** A fresh application of organisation A in the state asked for, made by applicantA (and decided by the officer). */
const applicationOfA = (f: Fixture, state: "draft" | "submitted" | "approved") =>
  applicationIn(f.t.db, state, sessions.get("applicantA")!, sessions.get("officer")!, f.organisationA);

/**
 * A fresh lease of organisation A, recorded (and signed) by the officer on a fresh premises: from
 * 2025-01-01 for an indefinite term, so that it runs whatever day the suite runs (a lease past its end
 * is signed as ended history).
 */
async function leaseOfA(f: Fixture, state: "draft" | "signed" | "terminated"): Promise<string> {
  const officer = sessions.get("officer")!;
  const created = await officer.call("post", "/api/leases").send({
    organisationId: f.organisationA, premisesId: await freshPremises(f), startDate: "2025-01-01", endDate: null, rate: "10.00", holidayDays: 0,
  });
  if (created.status !== 201) throw new Error(`lease failed: ${created.status} ${created.text}`);
  const id = created.body.id as string;
  if (state === "draft") return id;
  await officer.call("post", `/api/leases/${id}/sign`).send({ signedOn: "2024-12-20" }).expect(200);
  if (state === "terminated") await officer.call("post", `/api/leases/${id}/terminate`).send({ date: "2025-06-30", reason: "Porozumienie stron." }).expect(200);
  return id;
}

/** A fresh investment of organisation A under a fresh signed lease, in the state asked for. */
const investmentOfA = async (f: Fixture, state: Parameters<typeof investmentIn>[0]) =>
  investmentIn(state, await leaseOfA(f, "signed"), sessions.get("applicantA")!, sessions.get("officer")!);

async function freshFile(f: Fixture): Promise<string> {
  const res = await sessions.get("officer")!.call("post", `/api/premises/${f.premisesId}/files`).field("kind", "photo").attach("file", PNG, "foto.png");
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${res.text}`);
  return res.body.id as string;
}

const ROWS: Row[] = [
  // ---- system
  { op: "GET /api/health", call: () => ({ url: "/api/health" }), expect: everyone(200) },
  { op: "GET /api/config", call: () => ({ url: "/api/config" }), expect: everyone(200) },
  { op: "GET /api/openapi.json", call: () => ({ url: "/api/openapi.json" }), expect: everyone(200) },

  // ---- accounts and sessions
  {
    op: "POST /api/auth/register", freshSession: true, expect: everyone(201),
    call: () => ({ url: "/api/auth/register", body: { email: `nowa-${unique()}@example.pl`, password: TEST_PASSWORD, name: "Nowa Osoba" } }),
  },
  {
    op: "POST /api/auth/login", freshSession: true, expect: everyone(200),
    call: async (f) => {
      const user = await createUser(f.t.db);
      return { url: "/api/auth/login", body: { email: user.email, password: TEST_PASSWORD } };
    },
  },
  { op: "POST /api/auth/logout", freshSession: true, call: () => ({ url: "/api/auth/logout" }), expect: everyone(204) },
  { op: "GET /api/auth/me", call: () => ({ url: "/api/auth/me" }), expect: everyone(200) },
  // Each signed-in user reads and changes only their own profile (name, position).
  { op: "GET /api/me/profile", call: () => ({ url: "/api/me/profile" }), expect: row(401, 200, 200, 200, 200) },
  { op: "PATCH /api/me/profile", call: () => ({ url: "/api/me/profile", body: { position: "Inspektor" } }), expect: row(401, 200, 200, 200, 200) },
  // The account lifecycle: links mailed to an account work for whoever holds them, signed in or not.
  { op: "POST /api/auth/confirm-email", call: async (f) => ({ url: "/api/auth/confirm-email", body: { token: await linkToken(f, "confirm-email") } }), expect: everyone(204) },
  { op: "POST /api/auth/confirm-email/resend", call: () => ({ url: "/api/auth/confirm-email/resend" }), expect: row(401, 202, 202, 202, 202) },
  { op: "POST /api/auth/password-reset", call: () => ({ url: "/api/auth/password-reset", body: { email: `reset-${unique()}@example.pl` } }), expect: everyone(202) },
  {
    op: "POST /api/auth/password-reset/complete", expect: everyone(204),
    call: async (f) => ({ url: "/api/auth/password-reset/complete", body: { token: await linkToken(f, "password-reset"), password: "Sowa-Nad-Wisla-Czyta-Mapy" } }),
  },
  // The caller's own password, changed to the same one: the file's sessions and sign-ins go on working.
  {
    op: "POST /api/auth/password", expect: row(401, 204, 204, 204, 204),
    call: () => ({ url: "/api/auth/password", body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
  },

  // ---- organisations
  {
    op: "POST /api/organisations", expect: row(401, 201, 201, 403, 403),
    call: () => ({ url: "/api/organisations", body: organisationBody() }),
  },
  { op: "GET /api/organisations", call: () => ({ url: "/api/organisations" }), expect: row(401, 200, 200, 200, 200) },
  { op: "GET /api/organisations/{id}", expect: ownOrStaff(200) },
  {
    op: "PATCH /api/organisations/{id}", expect: ownOrStaff(200),
    call: (f) => ({ url: `/api/organisations/${f.organisationA}`, body: { phone: `12 000 00 ${10 + (unique() % 89)}` } }),
  },
  {
    op: "POST /api/organisations/{id}/verify", expect: staff(200),
    call: async (f) => ({ url: `/api/organisations/${(await createOrganisation(f.t.db, f.users.applicantA)).id}/verify` }),
  },
  {
    op: "POST /api/organisations/{id}/return", expect: staff(200),
    call: async (f) => ({
      url: `/api/organisations/${(await createOrganisation(f.t.db, f.users.applicantA)).id}/return`,
      body: { reason: "Brak odpisu z KRS." },
    }),
  },
  {
    op: "POST /api/organisations/{id}/members", expect: row(401, 202, 404, 403, 202),
    call: async (f) => ({ url: `/api/organisations/${f.organisationA}/members`, body: { email: (await createUser(f.t.db)).email } }),
  },
  // Invitations: only applicants answer them, each only its own (another's is 404, as a missing one).
  { op: "GET /api/invitations", call: () => ({ url: "/api/invitations" }), expect: row(401, 200, 200, 403, 403) },
  {
    op: "POST /api/invitations/{id}/accept", expect: row(401, 200, 200, 403, 403),
    call: async (f, who) => ({ url: `/api/invitations/${await invitationFor(f, who)}/accept` }),
  },
  {
    op: "POST /api/invitations/{id}/decline", expect: row(401, 200, 200, 403, 403),
    call: async (f, who) => ({ url: `/api/invitations/${await invitationFor(f, who)}/decline` }),
  },
  {
    op: "GET /api/audit", expect: staff(200),
    call: (f) => ({ url: `/api/audit?entity=organisation&entityId=${f.organisationA}` }),
  },

  // ---- the public catalogue
  { op: "GET /api/premises", call: () => ({ url: "/api/premises" }), expect: everyone(200) },
  { op: "GET /api/premises.geojson", call: () => ({ url: "/api/premises.geojson" }), expect: everyone(200) },
  { op: "GET /api/premises/{id}", call: (f) => ({ url: `/api/premises/${f.premisesId}` }), expect: everyone(200) },
  { op: "GET /api/premises/{id}/files", call: (f) => ({ url: `/api/premises/${f.premisesId}/files` }), expect: everyone(200) },
  { op: "GET /api/files/{fileId}", call: (f) => ({ url: `/api/files/${f.fileId}` }), expect: everyone(200) },
  { op: "GET /api/files/{fileId}/thumbnail", call: (f) => ({ url: `/api/files/${f.fileId}/thumbnail` }), expect: everyone(200) },
  { op: "GET /api/premises/{id}/quote", call: (f) => ({ url: `/api/premises/${f.premisesId}/quote` }), expect: everyone(200) },

  // ---- open data and statistics (anyone; the downloads are limited per address, far above these calls)
  { op: "GET /api/statistics", call: () => ({ url: "/api/statistics" }), expect: everyone(200) },
  { op: "GET /api/open-data", call: () => ({ url: "/api/open-data" }), expect: everyone(200) },
  { op: "GET /api/open-data/premises.csv", call: () => ({ url: "/api/open-data/premises.csv" }), expect: everyone(200) },
  { op: "GET /api/open-data/premises.geojson", call: () => ({ url: "/api/open-data/premises.geojson" }), expect: everyone(200) },
  { op: "GET /api/open-data/statistics.csv", call: () => ({ url: "/api/open-data/statistics.csv" }), expect: everyone(200) },
  { op: "GET /api/statistics/filtered", call: () => ({ url: "/api/statistics/filtered?district=nowa-huta&from=2025-01-01" }), expect: staff(200) },
  { op: "GET /api/statistics/filtered.csv", call: () => ({ url: "/api/statistics/filtered.csv?district=nowa-huta" }), expect: staff(200) },
  { op: "GET /api/statistics/de-minimis-report.csv", call: () => ({ url: "/api/statistics/de-minimis-report.csv?from=2025-01-01&to=2025-12-31" }), expect: staff(200) },
  { op: "GET /api/rate-policies/current", call: () => ({ url: "/api/rate-policies/current" }), expect: everyone(200) },

  // ---- the officers' premises register
  { op: "POST /api/premises", call: () => ({ url: "/api/premises", body: premisesInput() }), expect: staff(201) },
  {
    op: "PUT /api/premises/{id}", expect: staff(200),
    call: async (f) => {
      const id = await freshPremises(f);
      const current = await f.t.db.premises.findUniqueOrThrow({ where: { id }, select: { inventoryCode: true } });
      return { url: `/api/premises/${id}`, body: premisesInput({ inventoryCode: current.inventoryCode, rooms: 3 }) };
    },
  },
  {
    op: "POST /api/premises/{id}/withdraw", expect: staff(200),
    call: async (f) => ({ url: `/api/premises/${await freshPremises(f)}/withdraw`, body: { reason: "Sprzedaż budynku." } }),
  },
  { op: "GET /api/premises/export.csv", call: () => ({ url: "/api/premises/export.csv" }), expect: staff(200) },
  { op: "GET /api/premises/export.geojson", call: () => ({ url: "/api/premises/export.geojson" }), expect: staff(200) },
  {
    op: "POST /api/premises/import", expect: staff(200),
    call: async () => {
      const csv = (await sessions.get("officer")!.agent.get("/api/premises/export.csv").expect(200)).text;
      return { url: "/api/premises/import?dryRun=true", csv };
    },
  },
  {
    op: "POST /api/premises/{id}/files", expect: staff(201),
    call: async (f) => ({
      url: `/api/premises/${await freshPremises(f)}/files`,
      upload: { fields: { kind: "photo" }, file: PNG, filename: "foto.png" },
    }),
  },
  { op: "DELETE /api/files/{fileId}", call: async (f) => ({ url: `/api/files/${await freshFile(f)}` }), expect: staff(204) },

  // ---- rate policy
  { op: "GET /api/rate-policies", call: () => ({ url: "/api/rate-policies" }), expect: staff(200) },
  {
    op: "POST /api/rate-policies", expect: adminOnly(201),
    call: (f) => ({ url: "/api/rate-policies", body: { ...f.policyBody, effectiveFrom: futureDate() } }),
  },
  {
    op: "PUT /api/rate-policies/{id}", expect: adminOnly(200),
    call: (f) => ({ url: `/api/rate-policies/${f.policyId}`, body: f.policyBody }),
  },
  { op: "GET /api/discount-rates", call: () => ({ url: "/api/discount-rates" }), expect: staff(200) },
  {
    op: "POST /api/discount-rates", expect: adminOnly(201),
    call: () => ({ url: "/api/discount-rates", body: { from: futureDate(), baseRate: "0.0500", discountRate: "0.0600" } }),
  },
  {
    // The seeded 2024 rate again: the admin's answer is the same whichever caller went first.
    op: "PUT /api/discount-rates/{from}", expect: adminOnly(200),
    call: () => ({ url: "/api/discount-rates/2024-01-01", body: { baseRate: "0.0568", discountRate: "0.0668" } }),
  },
  { op: "POST /api/rate-policies/preview", call: (f) => ({ url: "/api/rate-policies/preview", body: f.policyBody }), expect: adminOnly(200) },
  // ---- price indices (the seeded table: 2021-2024)
  { op: "GET /api/price-indices", call: () => ({ url: "/api/price-indices" }), expect: staff(200) },
  { op: "GET /api/price-indices/{year}", call: () => ({ url: "/api/price-indices/2022" }), expect: staff(200) },
  {
    // The seeded value again: the admin's answer is the same whichever caller went first.
    op: "PUT /api/price-indices/{year}", expect: adminOnly(200),
    call: () => ({ url: "/api/price-indices/2022", body: { cpi: "114.4" } }),
  },
  // ---- applications, decisions, documents, messages
  {
    op: "POST /api/applications", expect: row(401, 201, 404, 403, 403),
    call: async (f) => ({ url: "/api/applications", body: applicationBody(f.organisationA, await createPremisesId(f.t.db)) }),
  },
  { op: "GET /api/applications", call: () => ({ url: "/api/applications" }), expect: row(401, 200, 200, 200, 200) },
  { op: "GET /api/applications/{id}", call: async (f) => ({ url: `/api/applications/${await applicationOfA(f, "submitted")}` }), expect: ownOrStaff(200) },
  {
    op: "PUT /api/applications/{id}", expect: row(401, 200, 404, 403, 403),
    call: async (f) => {
      const id = await applicationOfA(f, "draft");
      const { premisesId } = await f.t.db.application.findUniqueOrThrow({ where: { id } });
      const { organisationId: _o, ...body } = applicationBody(f.organisationA, premisesId, { employees: 9 });
      return { url: `/api/applications/${id}`, body };
    },
  },
  { op: "POST /api/applications/{id}/submit", call: async (f) => ({ url: `/api/applications/${await applicationOfA(f, "draft")}/submit` }), expect: row(401, 200, 404, 403, 403) },
  { op: "POST /api/applications/{id}/withdraw", call: async (f) => ({ url: `/api/applications/${await applicationOfA(f, "submitted")}/withdraw` }), expect: row(401, 200, 404, 403, 403) },
  { op: "GET /api/applications/{id}/review", call: async (f) => ({ url: `/api/applications/${await applicationOfA(f, "submitted")}/review` }), expect: staff(200) },
  {
    op: "POST /api/applications/{id}/approve", expect: staff(200),
    call: async (f) => ({ url: `/api/applications/${await applicationOfA(f, "submitted")}/approve`, body: { startDate: futureDate(), months: 12, eurRate: "4.2500" } }),
  },
  {
    op: "POST /api/applications/{id}/reject", expect: staff(200),
    call: async (f) => ({ url: `/api/applications/${await applicationOfA(f, "submitted")}/reject`, body: { reason: "Lokal potrzebny na cele oświatowe." } }),
  },
  { op: "GET /api/applications/{id}/decision.pdf", call: async (f) => ({ url: `/api/applications/${await applicationOfA(f, "approved")}/decision.pdf` }), expect: ownOrStaff(200) },
  {
    op: "GET /api/applications/{id}/de-minimis-certificate.pdf", expect: ownOrStaff(200),
    call: async (f) => {
      await f.t.db.organisation.update({ where: { id: f.organisationA }, data: { economicActivity: true } });
      const id = await applicationOfA(f, "approved");
      await f.t.db.organisation.update({ where: { id: f.organisationA }, data: { economicActivity: false } });
      return { url: `/api/applications/${id}/de-minimis-certificate.pdf` };
    },
  },
  { op: "GET /api/notifications", call: () => ({ url: "/api/notifications" }), expect: row(401, 200, 200, 403, 403) },
  {
    op: "POST /api/notifications/{id}/read", expect: row(401, 200, 404, 403, 403),
    call: async (f) => {
      const applicationId = await applicationOfA(f, "submitted");
      const message = await f.t.db.notification.findFirstOrThrow({ where: { applicationId } });
      return { url: `/api/notifications/${message.id}/read` };
    },
  },

  // ---- leases
  {
    op: "POST /api/leases", expect: staff(201),
    call: async (f) => ({ url: "/api/leases", body: { organisationId: f.organisationA, premisesId: await freshPremises(f), startDate: "2025-01-01", months: 12, rate: "10.00", holidayDays: 0 } }),
  },
  { op: "GET /api/leases", call: () => ({ url: "/api/leases" }), expect: row(401, 200, 200, 200, 200) },
  { op: "GET /api/leases/export.csv", call: () => ({ url: "/api/leases/export.csv" }), expect: staff(200) },
  { op: "GET /api/leases/{id}", call: async (f) => ({ url: `/api/leases/${await leaseOfA(f, "draft")}` }), expect: ownOrStaff(200) },
  { op: "POST /api/leases/{id}/sign", call: async (f) => ({ url: `/api/leases/${await leaseOfA(f, "draft")}/sign`, body: { signedOn: "2024-12-20" } }), expect: staff(200) },
  {
    op: "POST /api/leases/{id}/terminate", expect: staff(200),
    call: async (f) => ({ url: `/api/leases/${await leaseOfA(f, "signed")}/terminate`, body: { date: "2025-06-30", reason: "Porozumienie stron." } }),
  },
  { op: "GET /api/leases/{id}/schedule", call: async (f) => ({ url: `/api/leases/${await leaseOfA(f, "draft")}/schedule` }), expect: ownOrStaff(200) },
  {
    op: "POST /api/leases/{id}/annexes", expect: staff(201),
    call: async (f) => ({ url: `/api/leases/${await leaseOfA(f, "signed")}/annexes`, body: { effectiveFrom: "2025-07-01", rate: "11.00" } }),
  },
  {
    op: "POST /api/leases/{id}/deposit-settlement", expect: staff(200),
    call: async (f) => ({ url: `/api/leases/${await leaseOfA(f, "terminated")}/deposit-settlement`, body: { deductions: [{ reason: "Malowanie ścian", amount: "200.00" }] } }),
  },
  { op: "GET /api/leases/{id}/document.pdf", call: async (f) => ({ url: `/api/leases/${await leaseOfA(f, "draft")}/document.pdf` }), expect: ownOrStaff(200) },
  {
    op: "GET /api/leases/{id}/annexes/{n}/document.pdf", expect: ownOrStaff(200),
    call: async (f) => {
      const id = await leaseOfA(f, "signed");
      await sessions.get("officer")!.call("post", `/api/leases/${id}/annexes`).send({ effectiveFrom: "2025-07-01", rate: "11.00" }).expect(201);
      return { url: `/api/leases/${id}/annexes/1/document.pdf` };
    },
  },

  // ---- tenant investments: the tenant proposes and completes, staff consent, refuse and accept
  {
    op: "POST /api/leases/{id}/investments", expect: row(401, 201, 404, 403, 403),
    call: async (f) => ({ url: `/api/leases/${await leaseOfA(f, "signed")}/investments`, body: investmentProposal() }),
  },
  { op: "GET /api/investments", call: () => ({ url: "/api/investments" }), expect: row(401, 200, 200, 200, 200) },
  { op: "GET /api/investments/export.csv", call: () => ({ url: "/api/investments/export.csv" }), expect: staff(200) },
  { op: "GET /api/investments/{id}", call: async (f) => ({ url: `/api/investments/${await investmentOfA(f, "proposed")}` }), expect: ownOrStaff(200) },
  {
    op: "POST /api/investments/{id}/consent", expect: staff(200),
    call: async (f) => ({ url: `/api/investments/${await investmentOfA(f, "proposed")}/consent`, body: { approvedAmount: "2000.00" } }),
  },
  {
    op: "POST /api/investments/{id}/refuse", expect: staff(200),
    call: async (f) => ({ url: `/api/investments/${await investmentOfA(f, "proposed")}/refuse`, body: { reason: "Zakres prac wymaga projektu." } }),
  },
  {
    op: "POST /api/investments/{id}/complete", expect: row(401, 200, 404, 403, 403),
    call: async (f) => ({
      url: `/api/investments/${await investmentOfA(f, "consented")}/complete`,
      body: { completedOn: "2025-03-01", actualCost: "2100.00", invoices: [investmentInvoice] },
    }),
  },
  {
    op: "POST /api/investments/{id}/accept", expect: staff(200),
    call: async (f) => ({ url: `/api/investments/${await investmentOfA(f, "completed")}/accept`, body: { acceptedOn: "2025-03-10" } }),
  },
  { op: "GET /api/investments/{id}/consent.pdf", call: async (f) => ({ url: `/api/investments/${await investmentOfA(f, "consented")}/consent.pdf` }), expect: ownOrStaff(200) },
  { op: "GET /api/investments/{id}/settlement.pdf", call: async (f) => ({ url: `/api/investments/${await investmentOfA(f, "accepted")}/settlement.pdf` }), expect: ownOrStaff(200) },
  {
    op: "POST /api/investments/{id}/files", expect: row(401, 201, 404, 403, 403),
    call: async (f) => ({ url: `/api/investments/${await investmentOfA(f, "consented")}/files`, upload: { fields: { kind: "photo" }, file: PNG, filename: "podjazd.png" } }),
  },
  {
    op: "GET /api/investments/{id}/files/{fileId}", expect: ownOrStaff(200),
    call: async (f) => {
      const id = await investmentOfA(f, "consented");
      const res = await sessions.get("applicantA")!.call("post", `/api/investments/${id}/files`).field("kind", "photo").attach("file", PNG, "podjazd.png");
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${res.text}`);
      return { url: res.body.url as string };
    },
  },
  { op: "GET /api/premises/{id}/investments", call: (f) => ({ url: `/api/premises/${f.premisesId}/investments` }), expect: everyone(200) },

  // ---- lease templates
  { op: "GET /api/lease-templates", call: () => ({ url: "/api/lease-templates" }), expect: staff(200) },
  { op: "POST /api/lease-templates", call: () => ({ url: "/api/lease-templates", body: EXAMPLE_LEASE_TEMPLATE }), expect: adminOnly(201) },
  {
    op: "GET /api/lease-templates/{version}/preview.pdf", expect: adminOnly(200),
    call: async (f) => {
      await seedLeaseTemplate(f.t.db);
      return { url: "/api/lease-templates/1/preview.pdf" };
    },
  },

  // ---- accounts (admin): each call on a fresh officer's account, never the callers' own
  { op: "GET /api/accounts", call: () => ({ url: "/api/accounts?q=example" }), expect: adminOnly(200) },
  {
    op: "POST /api/accounts", expect: adminOnly(201),
    call: () => ({ url: "/api/accounts", body: { email: `nowy-${crypto.randomUUID()}@um.krakow.pl`, name: "Nowy Urzędnik", role: "officer" } }),
  },
  { op: "PUT /api/accounts/{id}/role", call: async (f) => ({ url: `/api/accounts/${await freshOfficer(f)}/role`, body: { role: "admin" } }), expect: adminOnly(200) },
  { op: "POST /api/accounts/{id}/deactivate", call: async (f) => ({ url: `/api/accounts/${await freshOfficer(f)}/deactivate` }), expect: adminOnly(200) },
  { op: "POST /api/accounts/{id}/reactivate", call: async (f) => ({ url: `/api/accounts/${await freshOfficer(f)}/reactivate` }), expect: adminOnly(200) },
];

async function freshOfficer(f: Fixture): Promise<string> {
  return (await createUser(f.t.db, { role: "officer" })).id;
}


beforeAll(async () => {
  const t = await createTestApp();
  await seedRatePolicy(t.db);
  await seedPriceIndices(t.db);
  const [applicantA, applicantB, officer, admin] = await Promise.all([
    createUser(t.db), createUser(t.db), createUser(t.db, { role: "officer" }), createUser(t.db, { role: "admin" }),
  ]);
  const users = { applicantA, applicantB, officer, admin };
  const [a, b] = await Promise.all([
    createOrganisation(t.db, users.applicantA, {}, "verified"),
    createOrganisation(t.db, users.applicantB, {}, "verified"),
  ]);
  const [premises] = await createPremises(t.db, {});
  const premisesId = (await t.db.premises.findUniqueOrThrow({ where: { inventoryCode: premises!.inventoryCode } })).id;
  const current = (await request(t.app).get("/api/rate-policies/current").expect(200)).body;
  const { id: policyId, createdAt: _c, decisions: _d, ...policyBody } = current;
  f = { t, users, organisationA: a.id, organisationB: b.id, premisesId, fileId: "", policyId, policyBody };
  for (const who of ["applicantA", "applicantB", "officer", "admin"] as const) sessions.set(who, await signIn(t.app, users[who]));
  f.fileId = await freshFile(f);
});
afterAll(() => f.t.close());

async function perform(r: Row, who: Caller): Promise<request.Response> {
  const [method, path] = r.op.split(" ") as [string, string];
  const spec = r.call ? await r.call(f, who) : { url: path.replace("{id}", f.organisationA) };
  const session = who === "anonymous" ? null : r.freshSession ? await signIn(f.t.app, f.users[who]) : sessions.get(who)!;
  const verb = method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
  let req = session ? session.call(verb, spec.url) : request(f.t.app)[verb](spec.url);
  if (spec.upload) {
    for (const [name, value] of Object.entries(spec.upload.fields)) req = req.field(name, value);
    return req.attach("file", spec.upload.file, spec.upload.filename);
  }
  if (spec.csv !== undefined) return req.type("text/csv").send(spec.csv);
  return spec.body === undefined ? req : req.send(spec.body as object);
}

interface DocumentedOperation {
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
}

/** A request every schema refuses: ids that are not ids, every query parameter garbled, a JSON body that is no object. */
function invalidRequest(path: string, op: DocumentedOperation): { url: string; body?: unknown; hasInput: boolean } {
  const query = (op.parameters ?? []).filter((p) => p.in === "query").map((p) => `${p.name}=-1x`);
  const url = path.replace(/\{\w+\}/g, "not-an-id") + (query.length ? `?${query.join("&")}` : "");
  const hasInput = url !== path || op.requestBody !== undefined;
  return { url, body: op.requestBody === undefined ? undefined : [1], hasInput };
}

describe("the authorization matrix", () => {
  it("has a row for every operation in the OpenAPI document, and no row for one that is gone", async () => {
    const doc = (await request(f.t.app).get("/api/openapi.json").expect(200)).body as { paths: Record<string, object> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const rows = ROWS.map((r) => r.op);
    expect(operations.filter((op) => !rows.includes(op)), "operations without a row").toEqual([]);
    expect(rows.filter((op) => !operations.includes(op)), "rows without an operation").toEqual([]);
    expect(new Set(rows).size, "duplicate rows").toBe(rows.length);
  });

  it("answers an anonymous caller of a private operation 401 before it reads the input, which a caller allowed gets 400 for", async () => {
    const doc = (await request(f.t.app).get("/api/openapi.json").expect(200)).body as { paths: Record<string, Record<string, DocumentedOperation>> };
    const wrong: string[] = [];
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.security?.length) continue;
        const verb = method as "get" | "post" | "put" | "patch" | "delete";
        const { url, body, hasInput } = invalidRequest(path, op);
        const send = (req: request.Test) => (body === undefined ? req : req.send(body as object));
        const anonymous = await send(request(f.t.app)[verb](url));
        if (anonymous.status !== 401) wrong.push(`${method.toUpperCase()} ${url} as anonymous: ${anonymous.status}`);
        const allowed = CALLERS.find((who) => who !== "anonymous" && ROWS.find((r) => r.op === `${method.toUpperCase()} ${path}`)!.expect[who] < 300);
        if (!hasInput || !allowed) continue;
        const res = await send(sessions.get(allowed)!.call(verb, url));
        if (res.status !== 400) wrong.push(`${method.toUpperCase()} ${url} as ${allowed}: ${res.status}, expected 400`);
        checked += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked, "operations whose invalid input was checked").toBeGreaterThan(20);
  });

  describe.each(ROWS)("$op", (r) => {
    it.each(CALLERS)("as %s", async (who) => {
      const res = await perform(r, who);
      expect(res.status, `${r.op} as ${who}: ${String(res.text).slice(0, 300)}`).toBe(r.expect[who]);
    });
  });
});
