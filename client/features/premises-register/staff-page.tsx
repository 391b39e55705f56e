import type { ReactNode } from "react";
import { t } from "@client/lib/i18n/index.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import "./premises-register.css";

export const STAFF = ["officer", "admin"] as const;

/** The register's pages: signed-in staff only; anyone else is asked to sign in or told why not. */
export function StaffPage({ children }: { children: ReactNode }) {
  return <RequireSession roles={STAFF} otherRole={t("account.staffOnly")}>{() => children}</RequireSession>;
}
