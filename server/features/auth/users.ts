import type { Role } from "@shared/contracts/auth.ts";
import type { OrganisationStatus } from "@shared/contracts/organisations.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { fieldConflict, onUniqueViolation } from "@server/lib/conflicts.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { hashPassword } from "@server/lib/auth/passwords.ts";

export const userSelect = {
  id: true, email: true, name: true, role: true, disabled: true, createdAt: true, emailConfirmedAt: true, language: true,
} as const;

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  /** False for a self-registered applicant until the link mailed at registration is followed; default true. */
  emailConfirmed?: boolean;
  language?: "pl" | "en";
}

/** E-mail addresses are stored lower-cased; callers pass what the contracts parsed. */
export function findUserByEmail(db: DbTx, email: string) {
  return db.user.findUnique({ where: { email: email.toLowerCase() }, select: { ...userSelect, passwordHash: true } });
}

export function insertUser(db: DbTx, user: NewUser) {
  return db.user.create({
    data: {
      email: user.email.toLowerCase(), name: user.name, role: user.role, passwordHash: user.passwordHash,
      emailConfirmedAt: user.emailConfirmed === false ? null : new Date(), language: user.language ?? "pl",
    },
    select: userSelect,
  });
}

/** When the account last started a session: the admins' account list shows it. */
export function recordSignIn(db: DbTx, userId: string, at = new Date()) {
  return db.user.update({ where: { id: userId }, data: { lastSignInAt: at }, select: { id: true } });
}

export function updatePasswordHash(db: DbTx, userId: string, passwordHash: string) {
  return db.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
}

/** What the audit trail keeps of a user: never the password hash. */
export function userSnapshot(user: { email: string; name: string; role: string; disabled: boolean }) {
  return { email: user.email, name: user.name, role: user.role, disabled: user.disabled };
}

/**
 * Creates an account and records it in the audit trail, in one transaction. A taken e-mail address
 * is a 409 with a field error, detected by the unique constraint.
 */
export async function createUser(
  db: Db, input: Omit<NewUser, "passwordHash"> & { password: string }, actor: Actor | null,
  /** Runs in the same transaction after the insert: the mail that goes with the new account. */
  andThen?: (tx: DbTx, user: Awaited<ReturnType<typeof insertUser>>) => Promise<void>,
) {
  const passwordHash = await hashPassword(input.password);
  const { password: _password, ...fields } = input;
  return onUniqueViolation(() => db.$transaction(async (tx) => {
    const user = await insertUser(tx, { ...fields, passwordHash });
    await recordAudit(tx, { actor, entity: "user", entityId: user.id, action: "create", after: userSnapshot(user) });
    await andThen?.(tx, user);
    return user;
  }), () => fieldConflict("email-taken", "email", "email.taken"));
}

export function setPassword(db: DbTx, userId: string, passwordHash: string) {
  return db.user.update({ where: { id: userId }, data: { passwordHash }, select: userSelect });
}

export function markEmailConfirmed(db: DbTx, userId: string, at: Date) {
  return db.user.update({ where: { id: userId }, data: { emailConfirmedAt: at }, select: userSelect });
}

export function findUserWithHash(db: DbTx, id: string) {
  return db.user.findUnique({ where: { id }, select: { ...userSelect, passwordHash: true } });
}

/** Ends the account's sessions, all of them or all but `keep`; returns how many ended. */
export async function endSessions(db: DbTx, userId: string, keep?: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}

/** The organisations a user represents, for the session info the client shows. */
export async function organisationsOf(db: DbTx, userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { organisation: { select: { id: true, name: true, status: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return memberships.map(({ organisation: o }) => ({
    id: o.id, name: o.name, status: o.status.replace(/_/g, "-") as OrganisationStatus,
  }));
}

export function findUserById(db: DbTx, id: string) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}
