import type { Response } from "express";
import { LoginRequest, RegisterRequest, SessionInfo } from "@shared/contracts/auth.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { clearSessionCookie, csrfTokenFor, requestIp, setSessionCookie } from "@server/lib/auth/middleware.ts";
import { passwordHashing } from "@server/lib/auth/hash-queue.ts";
import { hashPassword, needsRehash, verifyPassword } from "@server/lib/auth/passwords.ts";
import { weakPasswordError } from "@server/lib/auth/password-strength.ts";
import { createSession, deleteEndedSessions, deleteSession } from "@server/lib/auth/sessions.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { enforceRateLimits, type RateLimit, refundRateLimits } from "@server/lib/rate-limit.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { mailAccount } from "./account-links.ts";
import { accountLifecycleRoutes } from "./account-routes.ts";
import { createUser, findUserByEmail, findUserById, organisationsOf, recordSignIn, updatePasswordHash } from "./users.ts";

const MINUTE = 60 * 1000;
const problem = (description: string) => ({ description });

/**
 * Sign-in attempts per address, per address and account, and per account whatever the address (so
 * rotating addresses does not help guessing one password). A successful sign-in is taken back.
 */
function loginLimits(ip: string, email: string): RateLimit[] {
  return [
    { key: `login:ip:${ip}`, limit: 50, windowMs: 15 * MINUTE },
    { key: `login:ip-email:${ip}:${email}`, limit: 10, windowMs: 15 * MINUTE },
    { key: `login:email:${email}`, limit: 20, windowMs: 15 * MINUTE },
  ];
}

export function authRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();

  async function sessionInfo(res: Response, userId: string | null): Promise<SessionInfo> {
    const user = userId ? await findUserById(ctx.db, userId) : null;
    if (!user) return { user: null, organisations: [], csrfToken: null };
    return {
      user: { id: user.id, email: user.email, name: user.name, role: user.role, emailConfirmed: user.emailConfirmedAt !== null },
      organisations: await organisationsOf(ctx.db, user.id),
      csrfToken: csrfTokenFor(res),
    };
  }

  /** A new session for the user; the one the request came with (if any) ends, so ids never carry over. */
  async function startSession(previous: Actor | null, res: Response, userId: string): Promise<void> {
    if (previous) await deleteSession(ctx.db, previous.sessionId);
    await deleteEndedSessions(ctx.db);
    const { token } = await createSession(ctx.db, userId);
    await recordSignIn(ctx.db, userId);
    setSessionCookie(ctx, res, token);
  }

  api.route({
    method: "post", path: "/auth/register", tags: ["auth"], authorize: "public",
    summary: "Create an applicant account and sign in",
    body: RegisterRequest,
    responses: {
      201: { description: "Signed in; the session cookie is set; a link to confirm the address is mailed (until then no application can be submitted)", schema: SessionInfo },
      409: problem("An account with this e-mail address exists"),
      429: problem("Too many registrations from this address; see Retry-After"),
      503: problem("Too many passwords being hashed at once; see Retry-After"),
    },
  }, async ({ body, actor }, req, res) => {
    await enforceRateLimits(ctx.db, res, [{ key: `register:ip:${requestIp(req)}`, limit: 10, windowMs: 60 * MINUTE }]);
    const weak = weakPasswordError(body.password, [body.email, body.name]);
    if (weak) throw AppError.validation([weak]);
    const user = await createUser(ctx.db, { ...body, role: "applicant", emailConfirmed: false }, null,
      (tx, created) => mailAccount(tx, ctx.env, created, "confirm-email"));
    await startSession(actor, res, user.id);
    res.status(201);
    return sessionInfo(res, user.id);
  });

  api.route({
    method: "post", path: "/auth/login", tags: ["auth"], authorize: "public",
    summary: "Sign in with e-mail and password",
    body: LoginRequest,
    responses: {
      200: { description: "Signed in; the session cookie is set", schema: SessionInfo },
      401: problem("Wrong e-mail or password"),
      429: problem("Too many attempts; see Retry-After"),
      503: problem("Too many passwords being checked at once; see Retry-After"),
    },
  }, async ({ body, actor }, req, res) => {
    // A full hashing queue refuses at once, before the limiter's writes: a flood of sign-ins then costs little.
    passwordHashing.assertRoom();
    const ip = requestIp(req);
    const counted = await enforceRateLimits(ctx.db, res, loginLimits(ip, body.email));
    const user = await findUserByEmail(ctx.db, body.email);
    const valid = await verifyPassword(user?.passwordHash ?? null, body.password);
    if (!user || !valid || user.disabled) {
      throw new AppError(401, "invalid-credentials", "Nie udało się zalogować", "Nieprawidłowy e-mail lub hasło.");
    }
    await refundRateLimits(ctx.db, counted);
    if (needsRehash(user.passwordHash)) await updatePasswordHash(ctx.db, user.id, await hashPassword(body.password));
    await startSession(actor, res, user.id);
    return sessionInfo(res, user.id);
  });

  api.route({
    method: "post", path: "/auth/logout", tags: ["auth"], authorize: "public",
    summary: "Sign out: ends the session and clears the cookie",
    responses: { 204: { description: "Signed out (also when nobody was signed in)" } },
  }, async ({ actor }, _req, res) => {
    if (actor) await deleteSession(ctx.db, actor.sessionId);
    clearSessionCookie(ctx, res);
    res.status(204).end();
  });

  api.route({
    method: "get", path: "/auth/me", tags: ["auth"], authorize: "public",
    summary: "Who is signed in (user null: nobody), their organisations and the CSRF token",
    responses: { 200: { description: "The session", schema: SessionInfo } },
  }, async ({ actor }, _req, res) => {
    res.set("Cache-Control", "no-store");
    return sessionInfo(res, actor?.userId ?? null);
  });

  accountLifecycleRoutes(ctx, api);
  return api;
}
