import { createContext, use, useCallback, useMemo, type ReactNode } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { SessionInfo } from "@shared/contracts/session.ts";
import { apiKey, forgetApi } from "@client/lib/api/query-client.ts";
import { request, setCsrfToken } from "@client/lib/api/request.ts";
import { CONFIG_URL } from "@client/lib/config/client-config.ts";

const ANONYMOUS: SessionInfo = { user: null, organisations: [], csrfToken: null };
const SESSION_URL = "/api/auth/me";

interface SessionState {
  /** Undefined until /api/auth/me has answered. */
  session: SessionInfo | undefined;
  /** After sign-in, registration or sign-out: the answer of the server becomes the session. */
  setSession: (session: SessionInfo) => void;
  /** Asks the server again (after a change to the user's organisations, say). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Who is signed in; anonymous when the server cannot say. Keeps the CSRF token of request() in step. */
async function fetchSession(signal: AbortSignal): Promise<SessionInfo> {
  let session = ANONYMOUS;
  try {
    session = await request(SESSION_URL, { schema: SessionInfo, signal });
  } catch (error) {
    if (signal.aborted) throw error;
  }
  setCsrfToken(session.csrfToken);
  return session;
}

/** The session as a query: main.tsx starts it with the page, the provider below reads it. */
export const sessionQuery = {
  queryKey: apiKey(SESSION_URL),
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchSession(signal),
  staleTime: Infinity,
};

/** Who is signed in, for every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const { data: session, refetch } = useQuery(sessionQuery);

  const setSession = useCallback((next: SessionInfo) => {
    setCsrfToken(next.csrfToken);
    // Another user (or none): nothing loaded for the previous one may show.
    if (next.user?.id !== client.getQueryData<SessionInfo>(apiKey(SESSION_URL))?.user?.id) forgetApi(client, [SESSION_URL, CONFIG_URL]);
    client.setQueryData(apiKey(SESSION_URL), next);
  }, [client]);

  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const value = useMemo(() => ({ session, setSession, refresh }), [session, setSession, refresh]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const state = use(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}

export const anonymousSession = ANONYMOUS;
