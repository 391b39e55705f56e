import { QueryClient, type Query, type QueryKey } from "@tanstack/react-query";
import { ApiError } from "./api-error.ts";

const MAX_RETRIES = 2;

/**
 * Only what may pass by itself is tried again: no answer at all, or a gateway or an overloaded server
 * (502, 503, 504). A 4xx is the request's fault and a 500 our own: repeating them only delays the message.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < MAX_RETRIES && isTransient(error),
        // A page opened again shows what was loaded at once and asks the server again: another user
        // (an officer deciding, say) may have changed it meanwhile. Our own changes invalidate what they touch.
        staleTime: 0,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/** The key of the API resource at `url` (path and query string). */
export const apiKey = (url: string): QueryKey => ["api", url];

const urlOf = (query: Query): string | null => (query.queryKey[0] === "api" && typeof query.queryKey[1] === "string" ? query.queryKey[1] : null);

/** Marks stale every loaded resource whose URL starts with one of `prefixes`; those on screen reload. */
export function invalidateApi(client: QueryClient, prefixes: readonly string[]): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => prefixes.some((p) => urlOf(query)?.startsWith(p) ?? false) });
}

/** Forgets every resource but `keep` (the session changed: nothing of the previous user may show). */
export function forgetApi(client: QueryClient, keep: readonly string[]): void {
  client.removeQueries({ predicate: (query) => !keep.includes(urlOf(query) ?? "") });
}
