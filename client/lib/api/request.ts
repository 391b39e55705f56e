import type { z } from "zod";
import { CSRF_HEADER } from "@shared/contracts/session.ts";
import { lang } from "@client/lib/i18n/index.ts";
import { ApiError } from "./api-error.ts";
import { takeEarlyResponse } from "./early-responses.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RequestOptions<S extends z.ZodType> {
  method?: Method;
  /** The shared contract the answer must meet; none: the answer is ignored (204, say). */
  schema?: S;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is: a FormData of a file upload, a CSV file (give its Content-Type in `headers`). */
  body?: BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;

/** The session's CSRF token, from /api/auth/me, login or register; null when nobody is signed in. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * Every call of the API goes through here: the page's language, the CSRF header on anything that
 * changes state, problem documents turned into an ApiError, and the answer checked against its shared
 * contract. Rejects with an ApiError (or the AbortError of a cancelled request).
 */
export async function request<S extends z.ZodType>(url: string, options: RequestOptions<S> = {}): Promise<z.output<S>> {
  const { method = "GET", schema, json, signal } = options;
  // index.html's early requests send the same two headers: keep them alike.
  const headers: Record<string, string> = { Accept: "application/json, application/geo+json", "Accept-Language": lang };
  if (method !== "GET" && csrfToken) headers[CSRF_HEADER] = csrfToken;
  if (json !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    // The answer index.html asked for before the code arrived, when it is this plain GET's and succeeded.
    const early = method === "GET" && !options.headers ? await takeEarlyResponse(url) : undefined;
    response = early ?? await fetch(url, {
      method, signal, headers: { ...headers, ...options.headers },
      body: json !== undefined ? JSON.stringify(json) : options.body,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.network();
  }
  const answer = await readJson(response);
  if (signal?.aborted) throw signal.reason;
  if (!response.ok) throw ApiError.fromResponse(response.status, answer);
  if (!schema) return undefined as z.output<S>;
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    console.error(`Response of ${method} ${url} does not match its contract`, parsed.error.issues);
    throw ApiError.unexpected(response.status);
  }
  return parsed.data;
}
