import request from "supertest";
import type { Express } from "express";
import type { Role, SessionInfo } from "@shared/contracts/auth.ts";
import type { OrganisationForm, OrganisationInput, OrganisationStatus } from "@shared/contracts/organisations.ts";
import { OrganisationInput as OrganisationSchema } from "@shared/contracts/organisations.ts";
import { hashPassword } from "@server/lib/auth/passwords.ts";
import { insertUser } from "@server/features/auth/index.ts";
import type { Db } from "@server/lib/db.ts";
import type { OrganisationStatus as DbOrganisationStatus } from "@server/generated/prisma/client.ts";
import { toDb } from "@server/features/organisations/mapper.ts";
import { insertOrganisation } from "@server/features/organisations/repository.ts";

/** The password of every test account unless a test sets its own. */
export const TEST_PASSWORD = "Zielony-Rower-Na-Plantach";

let sequence = 0;
let testHash: Promise<string> | undefined;
const next = () => `${process.pid}-${(sequence += 1)}`;

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** An account made directly in the database (hashing the shared test password once per file). */
export async function createUser(db: Db, overrides: Partial<Omit<TestUser, "id">> = {}): Promise<TestUser> {
  const password = overrides.password ?? TEST_PASSWORD;
  const passwordHash = password === TEST_PASSWORD ? await (testHash ??= hashPassword(TEST_PASSWORD)) : await hashPassword(password);
  const role = overrides.role ?? "applicant";
  const email = overrides.email ?? `${role}-${next()}@test.krakow.pl`;
  const name = overrides.name ?? `Test ${role}`;
  const user = await insertUser(db, { email, name, role, passwordHash });
  return { id: user.id, email: user.email, name, role, password };
}

function withCheckDigit(digits: number[], weights: number[], modulo10: boolean): number[] | null {
  const sum = weights.reduce((s, w, i) => s + w * digits[i]!, 0) % 11;
  if (sum === 10 && !modulo10) return null;
  return [...digits, sum % 10];
}

/**
 * Identifiers that pass their check digit, unique within a test process and the same on every run:
 * drawn from a counter, never from Math.random, so a failing test can be replayed exactly.
 */
let identifierSequence = 0;
const sequenceDigits = (n: number) => {
  identifierSequence += 1;
  // The first digit is never 0 (a NIP or REGON does not start with one); the rest count up.
  return [1 + (identifierSequence % 9), ...String(identifierSequence).padStart(n - 1, "0").slice(-(n - 1)).split("").map(Number)];
};

/** A NIP that passes the check digit, different on every call. */
export function uniqueNip(): string {
  for (;;) {
    const nip = withCheckDigit(sequenceDigits(9), [6, 5, 7, 2, 3, 4, 5, 6, 7], false);
    if (nip) return nip.join("");
  }
}

export function uniqueRegon(): string {
  return withCheckDigit(sequenceDigits(8), [8, 9, 2, 3, 4, 5, 6, 7], true)!.join("");
}

/** An organisation as a form sends it: a foundation in Kraków with a fresh NIP. */
export function organisationBody(overrides: Partial<OrganisationForm> = {}): OrganisationForm {
  return {
    name: `Fundacja Testowa ${next()}`,
    legalForm: "foundation",
    krs: "0000407870",
    nip: uniqueNip(),
    regon: uniqueRegon(),
    street: "ul. Św. Jacka 30/1",
    postalCode: "30-364",
    city: "Kraków",
    email: "biuro@fundacja.test.pl",
    phone: "12 345 67 89",
    socialEnterprise: false,
    socialEnterpriseSince: null,
    publicBenefit: false,
    reintegrationType: null,
    economicActivity: false,
    declaredAid: [],
    ...overrides,
  };
}

/** An organisation made directly in the database, represented by `member`. */
export async function createOrganisation(
  db: Db, member: Pick<TestUser, "id">, overrides: Partial<OrganisationForm> = {}, status: OrganisationStatus = "pending-verification",
): Promise<OrganisationInput & { id: string }> {
  const input = OrganisationSchema.parse(organisationBody(overrides));
  const id = await db.$transaction((tx) => insertOrganisation(tx, input, toDb<DbOrganisationStatus>(status), member.id));
  if (status === "verified") await db.organisation.update({ where: { id }, data: { verifiedAt: new Date() } });
  return { id, ...input };
}

type Method = "get" | "post" | "put" | "patch" | "delete";

export interface SignedIn {
  user: SessionInfo["user"] & {};
  csrfToken: string;
  agent: ReturnType<typeof request.agent>;
  /** A request in this session, with the CSRF header a browser client sends. */
  call: (method: Method, url: string) => request.Test;
}

/** Signs in through the real /api/auth/login; the agent keeps the session cookie. */
export async function signIn(app: Express, user: Pick<TestUser, "email" | "password">): Promise<SignedIn> {
  const agent = request.agent(app);
  const res = await agent.post("/api/auth/login").send({ email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`Sign-in of ${user.email} failed: ${res.status} ${res.text}`);
  const body = res.body as SessionInfo;
  return {
    user: body.user!,
    csrfToken: body.csrfToken!,
    agent,
    call: (method, url) => agent[method](url).set("X-CSRF-Token", body.csrfToken!),
  };
}
