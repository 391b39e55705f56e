import request from "supertest";
import type { Express } from "express";
import type { SessionInfo } from "@shared/contracts/auth.ts";
import type { OrganisationForm } from "@shared/contracts/organisations.ts";
import { createOrganisation, createUser, type TestUser } from "./factories.ts";
import type { TestApp } from "./test-app.ts";

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

// ------------------------------------------------------------------------------------------ who is signed in

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

/**
 * Signs in over real HTTP at `baseUrl` (a listening server, so requests really run at the same time):
 * the agent keeps the cookie, and each POST it makes carries the CSRF token.
 */
export async function officerPosting(baseUrl: string, user: Pick<TestUser, "email" | "password">): Promise<(path: string) => request.Test> {
  const agent = request.agent(baseUrl);
  const res = await agent.post("/api/auth/login").send({ email: user.email, password: user.password }).expect(200);
  const token = (res.body as SessionInfo).csrfToken!;
  return (path) => agent.post(path).set("X-CSRF-Token", token);
}
