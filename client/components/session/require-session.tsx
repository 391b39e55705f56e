import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Role, SessionInfo } from "@shared/contracts/session.ts";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

interface RequireSessionProps {
  roles: readonly Role[];
  /** Shown to a signed-in user of another role. */
  otherRole: string;
  children: (session: SessionInfo & { user: NonNullable<SessionInfo["user"]> }) => ReactNode;
}

/** A page for some roles: anonymous visitors are sent to sign in and come back afterwards. */
export function RequireSession({ roles, otherRole, children }: RequireSessionProps) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <LoadingState />;
  const { user } = session;
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (!roles.includes(user.role)) {
    return <div className="page page--narrow"><p className="notice">{otherRole || t("account.staffOnly")}</p></div>;
  }
  return children({ ...session, user });
}
