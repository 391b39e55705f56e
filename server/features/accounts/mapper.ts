import type { Account } from "@shared/contracts/accounts.ts";
import type { Role } from "@shared/contracts/session.ts";

interface Row {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
}

export function toAccount(row: Row): Account {
  return {
    id: row.id, email: row.email, name: row.name, role: row.role, active: !row.disabled,
    createdAt: row.createdAt.toISOString(), lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  };
}

/** What the audit trail keeps of an account (never its password hash). */
export function accountSnapshot(row: Row) {
  return { email: row.email, name: row.name, role: row.role, disabled: row.disabled };
}
