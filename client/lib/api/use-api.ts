import { useCallback, useEffect, useState } from "react";
import type { z } from "zod";
import { ApiError } from "./api-error.ts";
import { getJson } from "./fetcher.ts";

export interface ApiState<T> {
  /** The last successful response: kept while the next one loads, so the screen does not flicker. */
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  retry: () => void;
}

interface Snapshot<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/** Loads `url` (null: not yet) and reloads when it changes, cancelling the request it replaces. */
export function useApi<S extends z.ZodType>(url: string | null, schema: S): ApiState<z.output<S>> {
  const [snapshot, setSnapshot] = useState<Snapshot<z.output<S>>>({ data: undefined, error: undefined, loading: url !== null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setSnapshot((s) => ({ ...s, error: undefined, loading: true }));
    getJson(url, schema, controller.signal).then(
      (data) => setSnapshot({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : ApiError.unexpected(0);
        setSnapshot((s) => ({ ...s, error: apiError, loading: false }));
      },
    );
    return () => controller.abort();
  }, [url, schema, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...snapshot, retry };
}
