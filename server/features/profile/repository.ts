import type { DbTx } from "@server/lib/db.ts";

const profileSelect = { email: true, role: true, name: true, position: true } as const;

export function findProfile(db: DbTx, userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: profileSelect });
}

export function updateProfile(db: DbTx, userId: string, data: { name?: string; position?: string }) {
  return db.user.update({ where: { id: userId }, data, select: profileSelect });
}
