import type { Role } from "@shared/contracts/session.ts";
import type { DbTx } from "@server/lib/db.ts";

export const accountSelect = {
  id: true, email: true, name: true, role: true, disabled: true, createdAt: true, lastSignInAt: true,
} as const;

/** Every account matching the role and active filters; the text search runs over these in the service. */
export function listAccounts(db: DbTx, filter: { role?: Role; active?: boolean }) {
  return db.user.findMany({
    where: { role: filter.role, disabled: filter.active === undefined ? undefined : !filter.active },
    select: accountSelect,
    orderBy: { email: "asc" },
  });
}

export function findAccount(db: DbTx, id: string) {
  return db.user.findUnique({ where: { id }, select: accountSelect });
}

export function countActiveAdmins(db: DbTx): Promise<number> {
  return db.user.count({ where: { role: "admin", disabled: false } });
}

export function updateAccount(db: DbTx, id: string, data: { role?: Role; disabled?: boolean }) {
  return db.user.update({ where: { id }, data, select: accountSelect });
}

/** Ends every session of the account at once: the next request of any of them is anonymous. */
export async function endSessionsOf(db: DbTx, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
