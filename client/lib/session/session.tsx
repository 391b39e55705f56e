import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { SessionInfo } from "@shared/contracts/auth.ts";
import { getJson, setCsrfToken } from "@client/lib/api/fetcher.ts";

const ANONYMOUS: SessionInfo = { user: null, organisations: [], csrfToken: null };

interface SessionState {
  /** Undefined until /api/auth/me has answered. */
  session: SessionInfo | undefined;
  /** After sign-in, registration or sign-out: the answer of the server becomes the session. */
  setSession: (session: SessionInfo) => void;
  /** Asks the server again (after a change to the user's organisations, say). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Who is signed in, for every page; keeps the CSRF token of the fetcher in step. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setState] = useState<SessionInfo | undefined>(undefined);

  const setSession = useCallback((next: SessionInfo) => {
    setCsrfToken(next.csrfToken);
    setState(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      setSession(await getJson("/api/auth/me", SessionInfo));
    } catch {
      setSession(ANONYMOUS);
    }
  }, [setSession]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ session, setSession, refresh }), [session, setSession, refresh]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const state = use(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}

export const anonymousSession = ANONYMOUS;
