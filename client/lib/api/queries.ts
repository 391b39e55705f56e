import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { z } from "zod";
import type { ApiError } from "./api-error.ts";
import { apiKey, invalidateApi } from "./query-client.ts";
import { request } from "./request.ts";

interface QueryOptions {
  /** How long an answer counts as fresh (default 0: asked again whenever a page needs it); Infinity for settings. */
  staleTime?: number;
}

const apiQuery = <S extends z.ZodType>(url: string, schema: S, options: QueryOptions) => ({
  queryKey: apiKey(url),
  queryFn: ({ signal }: { signal: AbortSignal }) => request(url, { schema, signal }),
  ...options,
});

/** Starts loading `url` before any component asks for it (at start-up, beside the code). */
export function prefetchApi<S extends z.ZodType>(client: QueryClient, url: string, schema: S, options: QueryOptions = {}): void {
  void client.prefetchQuery(apiQuery(url, schema, options));
}

/**
 * The API resource at `url` (null: not yet), checked against its contract, cached under its URL. The
 * last answer stays on screen while the next URL loads, and beside the error when that fails, so a
 * list does not flicker between pages nor vanish behind a refused what-if.
 */
export function useApiQuery<S extends z.ZodType>(url: string | null, schema: S, options: QueryOptions = {}) {
  const query = useQuery<z.output<S>, ApiError>({
    ...apiQuery(url ?? "", schema, options),
    enabled: url !== null,
    placeholderData: keepPreviousData,
  });
  const [kept, setKept] = useState(query.data);
  if (query.data !== undefined && query.data !== kept) setKept(query.data);
  return { ...query, data: query.data ?? (query.isError ? kept : undefined) };
}

/**
 * A state-changing call; when it succeeds, every loaded resource under the `invalidates` URL prefixes
 * is reloaded (on screen) or marked stale (elsewhere).
 */
export function useApiMutation<V, R>(send: (variables: V) => Promise<R>, invalidates: readonly string[]) {
  const client = useQueryClient();
  return useMutation<R, ApiError, V>({
    mutationFn: send,
    onSuccess: () => {
      void invalidateApi(client, invalidates);
    },
  });
}

/**
 * A resource that the page itself changes: `replace` puts a change's answer (the record as it now
 * is) on screen at once, in the cache, instead of a copy in component state; the reload follows.
 */
export function useApiResource<S extends z.ZodType>(url: string, schema: S) {
  const client = useQueryClient();
  const query = useApiQuery(url, schema);
  const replace = (value: z.output<S>) => client.setQueryData(apiKey(url), value);
  return { ...query, replace };
}
