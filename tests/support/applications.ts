import { execFileSync } from "node:child_process";
import type { ApplicationForm } from "@shared/contracts/applications.ts";
import type { OrganisationForm } from "@shared/contracts/organisations.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import type { Db } from "@server/lib/db.ts";
import { seedRatePolicy } from "@server/features/rate-policy/seed.ts";
import { createOrganisation, createUser, signIn, type SignedIn } from "./auth.ts";
import { createPremises } from "./factories.ts";
import type { TestApp } from "./test-app.ts";

/** A day `days` from today in Kraków, as an ISO date (requested starts may not be in the past). */
export function daysFromToday(days: number): string {
  return toIsoDate(new Date(Date.now() + days * 86_400_000));
}

/** A premises of 50.00 m² at a base rate of 30.00 zł/m², available, for services and offices. */
export async function createPremisesId(db: Db, overrides: Parameters<typeof createPremises>[1] = {}): Promise<string> {
  const [input] = await createPremises(db, { baseRent: "30.00", usableArea: "50.00", condition: "fair", ...overrides });
  const row = await db.premises.findUniqueOrThrow({ where: { inventoryCode: input!.inventoryCode }, select: { id: true } });
  return row.id;
}

export function applicationBody(organisationId: string, premisesId: string, overrides: Partial<ApplicationForm> = {}): ApplicationForm {
  return {
    organisationId,
    premisesId,
    intendedUse: "services",
    activity: "Pracownia krawiecka zatrudniająca osoby po kryzysie bezdomności.",
    socialPurpose: "Reintegracja zawodowa osób zagrożonych wykluczeniem społecznym.",
    employees: 8,
    employeesAtRisk: 5,
    requestedStart: daysFromToday(30),
    requestedMonths: 12,
    tenantWillRenovate: false,
    fitOut: [{ description: "Wymiana instalacji elektrycznej", cost: "12000.00" }],
    accessibilityNeeds: "Podjazd dla wózka przy wejściu.",
    ...overrides,
  };
}

export interface Applicant {
  session: SignedIn;
  userId: string;
  organisationId: string;
}

/** An applicant signed in, representing a verified organisation of the given profile. */
export async function verifiedApplicant(t: TestApp, profile: Partial<OrganisationForm> = {}): Promise<Applicant> {
  const user = await createUser(t.db);
  const organisation = await createOrganisation(t.db, user, profile, "verified");
  return { session: await signIn(t.app, user), userId: user.id, organisationId: organisation.id };
}

export async function signedInStaff(t: TestApp, role: "officer" | "admin" = "officer"): Promise<SignedIn> {
  return signIn(t.app, await createUser(t.db, { role }));
}

/** The example policy and discount rates, as a fresh install has them. */
export const seedPolicy = (t: TestApp) => seedRatePolicy(t.db);

/** A draft created and submitted through the API; returns its id. */
export async function submittedApplication(applicant: Applicant, premisesId: string, overrides: Partial<ApplicationForm> = {}): Promise<string> {
  const created = await applicant.session.call("post", "/api/applications").send(applicationBody(applicant.organisationId, premisesId, overrides));
  if (created.status !== 201) throw new Error(`draft failed: ${created.status} ${created.text}`);
  const submitted = await applicant.session.call("post", `/api/applications/${created.body.id}/submit`);
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${submitted.text}`);
  return created.body.id as string;
}

/** The text of a PDF as pdftotext reads it, with every run of white space made one space. */
export function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf, encoding: "utf8" }).replace(/\s+/g, " ");
}

/** Supertest: collect a binary body as a Buffer. */
export function binary(res: unknown, done: (err: Error | null, body: unknown) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("end", () => done(null, Buffer.concat(chunks)));
}

/** An application of the organisation, brought through the API to the state asked for; returns its id. */
export async function applicationIn(
  db: Db, state: "draft" | "submitted" | "approved", applicant: SignedIn, officer: SignedIn, organisationId: string,
): Promise<string> {
  const premisesId = await createPremisesId(db);
  const draft = await applicant.call("post", "/api/applications").send(applicationBody(organisationId, premisesId));
  if (draft.status !== 201) throw new Error(`draft failed: ${draft.status} ${draft.text}`);
  const id = draft.body.id as string;
  if (state === "draft") return id;
  await applicant.call("post", `/api/applications/${id}/submit`).expect(200);
  if (state === "submitted") return id;
  await officer.call("post", `/api/applications/${id}/approve`).send({ startDate: daysFromToday(30), months: 12, eurRate: "4.2500" }).expect(200);
  return id;
}
