import type { z } from "zod";
import { lang } from "@client/lib/i18n/index.ts";
import { ApiError } from "./api-error.ts";

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * GET a JSON resource and check it against its shared contract. Rejects with an ApiError (or the
 * AbortError of a cancelled request, which callers ignore).
 */
export async function getJson<S extends z.ZodType>(url: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json, application/geo+json", "Accept-Language": lang } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.network();
  }
  const body = await readJson(response);
  if (signal?.aborted) throw signal.reason;
  if (!response.ok) throw ApiError.fromResponse(response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Response of ${url} does not match its contract`, parsed.error.issues);
    throw ApiError.unexpected(response.status);
  }
  return parsed.data;
}

// ---- state-changing requests (accounts and organisations)
let csrfToken: string | null = null;

/** The session's CSRF token, from /api/auth/me, login or register; null when nobody is signed in. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Headers every state-changing request must carry (a file upload built by hand too). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { "X-CSRF-Token": csrfToken } : {};
}

/**
 * POST, PUT, PATCH or DELETE with a JSON body and the CSRF header; the answer is checked against its
 * contract (no schema: the answer is ignored, e.g. 204). Rejects with an ApiError.
 */
export async function sendJson<S extends z.ZodType>(
  method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown, schema?: S,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        Accept: "application/json", "Accept-Language": lang, ...csrfHeaders(),
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw ApiError.network();
  }
  const answer = await readJson(response);
  if (!response.ok) throw ApiError.fromResponse(response.status, answer);
  if (!schema) return undefined as z.output<S>;
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    console.error(`Response of ${method} ${url} does not match its contract`, parsed.error.issues);
    throw ApiError.unexpected(response.status);
  }
  return parsed.data;
}
