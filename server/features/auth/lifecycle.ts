import type { Actor } from "@server/lib/auth/actor.ts";
import { hashPassword, verifyPassword } from "@server/lib/auth/passwords.ts";
import { weakPasswordError } from "@server/lib/auth/password-strength.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { mailAccount } from "./account-links.ts";
import { consumeToken, type TokenPurpose, usableTokenAccount } from "./tokens.ts";
import { endSessions, findUserByEmail, findUserById, findUserWithHash, markEmailConfirmed, setPassword } from "./users.ts";

type Ctx = Pick<AppContext, "db" | "env">;

const invalidLink = () => AppError.validation([{ field: "token", code: "token.expired" }]);

/** Follows a confirmation link: the account's address is confirmed if it is still the one the link went to. */
export async function confirmEmail(ctx: Ctx, token: string): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const used = await consumeToken(tx, token, ["confirm-email"]);
    const user = used ? await findUserById(tx, used.userId) : null;
    if (!used || !user || user.email !== used.email) throw invalidLink();
    if (user.emailConfirmedAt) return;
    await markEmailConfirmed(tx, user.id, new Date());
    await recordAudit(tx, { actor: null, entity: "user", entityId: user.id, action: "confirm-email", after: { email: user.email } });
  });
}

/** A new confirmation mail for the signed-in account (nothing when it is confirmed already). */
export async function resendConfirmation(ctx: Ctx, actor: Actor): Promise<void> {
  await ctx.db.$transaction(async (tx) => {
    const user = await findUserById(tx, actor.userId);
    if (user && !user.emailConfirmedAt) await mailAccount(tx, ctx.env, user, "confirm-email");
  });
}

/** Queues a reset link when an active account has this address; nothing otherwise (the caller answers the same). */
export async function requestPasswordReset(ctx: Ctx, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user || user.disabled) return;
  await ctx.db.$transaction((tx) => mailAccount(tx, ctx.env, user, "password-reset"));
}

const SET_PASSWORD_PURPOSES: readonly TokenPurpose[] = ["password-reset", "account-setup"];

/**
 * Sets the password through a reset or invitation link: the link is used up, every session of the
 * account ends, and the address counts as confirmed (the link reached it). A weak password leaves
 * the link usable, so the user can try another one.
 */
export async function setPasswordWithLink(ctx: Ctx, token: string, password: string): Promise<void> {
  const peek = await usableTokenAccount(ctx.db, token, SET_PASSWORD_PURPOSES);
  if (!peek) throw invalidLink();
  const weak = weakPasswordError(password, [peek.email, peek.name]);
  if (weak) throw AppError.validation([weak]);
  const passwordHash = await hashPassword(password);
  await ctx.db.$transaction(async (tx) => {
    const used = await consumeToken(tx, token, SET_PASSWORD_PURPOSES);
    const user = used ? await findUserById(tx, used.userId) : null;
    if (!used || !user || user.disabled || user.email !== used.email) throw invalidLink();
    await setPassword(tx, user.id, passwordHash);
    if (!user.emailConfirmedAt) await markEmailConfirmed(tx, user.id, new Date());
    const ended = await endSessions(tx, user.id);
    await recordAudit(tx, { actor: null, entity: "user", entityId: user.id, action: used.purpose === "account-setup" ? "set-first-password" : "reset-password", after: { sessionsEnded: ended } });
  });
}

/** A new password for the signed-in account, which gives its current one; the account's other sessions end. */
export async function changePassword(ctx: Ctx, actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  const user = await findUserWithHash(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw AppError.validation([{ field: "currentPassword", code: "currentPassword.wrong" }]);
  }
  const weak = weakPasswordError(newPassword, [user.email, user.name], "newPassword");
  if (weak) throw AppError.validation([weak]);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.$transaction(async (tx) => {
    await setPassword(tx, user.id, passwordHash);
    const ended = await endSessions(tx, user.id, actor.sessionId);
    await mailAccount(tx, ctx.env, user, "password-changed");
    await recordAudit(tx, { actor, entity: "user", entityId: user.id, action: "change-password", after: { sessionsEnded: ended } });
  });
}

/** Before an application is submitted: an applicant who has not confirmed the address may not. */
export async function requireConfirmedEmail(ctx: Pick<AppContext, "db">, actor: Actor): Promise<void> {
  const user = await findUserById(ctx.db, actor.userId);
  if (user?.emailConfirmedAt) return;
  throw new AppError(403, "email-unconfirmed", "Adres e-mail niepotwierdzony",
    `Zanim złożysz wniosek, potwierdź adres e-mail ${actor.email}: kliknij link z wiadomości, którą wysłaliśmy po rejestracji. `
    + "Jeśli jej nie masz, wyślij link ponownie ze strony „Moje konto”.");
}
