import type { SessionInfo } from "@shared/contracts/session.ts";

/** Where a user starts after signing in: applicants at their organisation, staff at the list. */
export function homeOf(session: SessionInfo): string {
  return session.user?.role === "applicant" ? "/my-organisation" : "/organisations";
}
