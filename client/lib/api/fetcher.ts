import type { z } from "zod";
import { lang } from "../i18n/index.ts";
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
