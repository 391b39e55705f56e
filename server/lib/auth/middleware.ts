import { timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import { CSRF_HEADER } from "@shared/contracts/auth.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import type { Actor } from "./actor.ts";
import { SESSION_MAX_MS, csrfTokenOf, findLiveSession } from "./sessions.ts";

export const SESSION_COOKIE = "sp_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function cookieOptions(ctx: AppContext) {
  return { httpOnly: true, sameSite: "lax", secure: ctx.env.NODE_ENV === "production", path: "/" } as const;
}

export function setSessionCookie(ctx: AppContext, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(ctx), maxAge: SESSION_MAX_MS });
  res.locals.csrfToken = csrfTokenOf(token);
}

export function clearSessionCookie(ctx: AppContext, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(ctx));
  res.locals.csrfToken = null;
}

/** The CSRF token of the request's session (or of the one just started), null when anonymous. */
export function csrfTokenFor(res: Response): string | null {
  return (res.locals.csrfToken as string | null | undefined) ?? null;
}

const csrfError = (detail: string) => new AppError(403, "csrf", "Żądanie odrzucone", detail);

/** A state-changing request sent by a page of another site is refused, signed in or not. */
const rejectForeignOrigin: RequestHandler = (req, _res, next) => {
  const origin = req.get("origin");
  if (SAFE_METHODS.has(req.method) || origin === undefined) return next();
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    // "null" (sandboxed frames, privacy redirects) or garbage: not this site.
  }
  if (host !== req.host) throw csrfError("Żądanie wysłane z innej witryny zostało odrzucone.");
  next();
};

/** Resolves the session cookie into `req.actor` (null: anonymous); an ended session clears the cookie. */
function loadSession(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    req.actor = null;
    const token = readCookie(req.get("cookie"), SESSION_COOKIE);
    if (token === undefined) return next();
    const session = await findLiveSession(ctx.db, token);
    if (!session) {
      clearSessionCookie(ctx, res);
      return next();
    }
    const { user } = session;
    req.actor = {
      userId: user.id,
      email: user.email,
      role: user.role,
      organisationIds: user.memberships.map((m) => m.organisationId),
      sessionId: session.id,
    } satisfies Actor;
    res.locals.csrfToken = csrfTokenOf(token);
    res.set("Cache-Control", "no-store");
    next();
  };
}

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A signed-in state-changing request must carry the session's CSRF token in a header. */
const requireCsrfToken: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method) || !req.actor) return next();
  const sent = req.get(CSRF_HEADER);
  if (!sent || !sameToken(sent, csrfTokenFor(res) ?? "")) {
    throw csrfError(`Brak lub nieprawidłowy nagłówek ${CSRF_HEADER}. Odśwież stronę i spróbuj ponownie.`);
  }
  next();
};

/** Mounted under /api before the feature routers. */
export function authentication(ctx: AppContext): RequestHandler[] {
  return [rejectForeignOrigin, loadSession(ctx), requireCsrfToken];
}

export function requestIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}
