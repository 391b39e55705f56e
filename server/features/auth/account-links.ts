import { randomBytes } from "node:crypto";
import type { Role } from "@shared/contracts/auth.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import type { Env } from "@server/lib/env.ts";
import { composeMail, insertMail, publicUrl, type MailLanguage } from "@server/features/mail/index.ts";
import { accountMail, type AccountMailKind } from "./mail-texts.ts";
import { issueToken, type TokenPurpose } from "./tokens.ts";
import { createUser } from "./users.ts";

export interface MailedUser {
  id: string;
  email: string;
  name: string;
  role: string;
  language: string;
}

/** Where each link leads in the client. */
const PAGE: Record<TokenPurpose, string> = {
  "confirm-email": "/confirm-email",
  "password-reset": "/reset-password",
  "account-setup": "/set-password",
};

const languageOf = (user: MailedUser): MailLanguage => (user.language === "en" ? "en" : "pl");

/** Queues an account message (in the caller's transaction), with a fresh link when the kind has one. */
export async function mailAccount(tx: DbTx, env: Pick<Env, "PUBLIC_BASE_URL" | "PORT">, user: MailedUser, kind: AccountMailKind): Promise<void> {
  const link = kind === "password-changed"
    ? undefined
    : publicUrl(env, `${PAGE[kind]}?token=${await issueToken(tx, user, kind)}`);
  const mail = composeMail(accountMail(kind, languageOf(user), { name: user.name, role: user.role, link }), languageOf(user));
  await insertMail(tx, { to: user.email, kind: `account-${kind}`, ...mail });
}

/**
 * For the admins' account management (and the command line): creates an officer or admin account
 * that nobody can sign in to yet (its password is random and never shown) and, in the same
 * transaction, queues the invitation mail whose link (single use, 7 days) lets its owner set the
 * password. A taken address is the 409 of createUser (code email-taken, field email). The account
 * starts with its address confirmed: following the link proves it.
 */
export async function createStaffAccountWithInvitation(
  ctx: { db: Db; env: Pick<Env, "PUBLIC_BASE_URL" | "PORT"> },
  input: { email: string; name: string; role: Role; language?: "pl" | "en" },
  actor: Actor | null,
) {
  return createUser(ctx.db, { ...input, password: randomBytes(32).toString("base64url") }, actor,
    (tx, user) => mailAccount(tx, ctx.env, user, "account-setup"));
}

/** A new invitation link for an existing account (the earlier one stops working): e.g. when it expired unused. */
export async function issueAccountSetupLink(tx: DbTx, env: Pick<Env, "PUBLIC_BASE_URL" | "PORT">, user: MailedUser): Promise<void> {
  await mailAccount(tx, env, user, "account-setup");
}
