import { createHash, randomBytes } from "node:crypto";
import type { DbTx } from "@server/lib/db.ts";

export type TokenPurpose = "confirm-email" | "password-reset" | "account-setup";

const HOUR_MS = 60 * 60 * 1000;
/** A reset link works for an hour; a confirmation and an invitation to set the first password, a week. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  "confirm-email": 7 * 24 * HOUR_MS,
  "password-reset": HOUR_MS,
  "account-setup": 7 * 24 * HOUR_MS,
};

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
export const tokenIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new link's token (256 random bits; the database keeps only its SHA-256). The account's earlier
 * unused links of the same purpose stop working: only the latest mail's link does.
 */
export async function issueToken(tx: DbTx, user: { id: string; email: string }, purpose: TokenPurpose, now = new Date()): Promise<string> {
  await tx.accountToken.updateMany({ where: { userId: user.id, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.accountToken.deleteMany({ where: { expiresAt: { lte: new Date(now.getTime() - 30 * 24 * HOUR_MS) } } });
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.create({
    data: { id: tokenIdOf(token), userId: user.id, purpose, email: user.email, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) },
  });
  return token;
}

/**
 * Uses up a token of one of `purposes`: its account and the address it was sent to, or null when it
 * is unknown, expired or already used. The use is a conditional update, so of two requests with the
 * same link only one gets it.
 */
export async function consumeToken(tx: DbTx, token: string, purposes: readonly TokenPurpose[], now = new Date()) {
  if (!TOKEN_FORMAT.test(token)) return null;
  const id = tokenIdOf(token);
  const found = await tx.accountToken.findUnique({ where: { id }, select: { userId: true, email: true, purpose: true } });
  if (!found || !purposes.includes(found.purpose as TokenPurpose)) return null;
  const { count } = await tx.accountToken.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1 ? { ...found, purpose: found.purpose as TokenPurpose } : null;
}

/** The account of a usable link (of one of `purposes`), without using it up: to check a new password against its name. */
export async function usableTokenAccount(db: DbTx, token: string, purposes: readonly TokenPurpose[], now = new Date()) {
  if (!TOKEN_FORMAT.test(token)) return null;
  const row = await db.accountToken.findFirst({
    where: { id: tokenIdOf(token), purpose: { in: [...purposes] }, usedAt: null, expiresAt: { gt: now } },
    select: { user: { select: { email: true, name: true, disabled: true } } },
  });
  return row && !row.user.disabled ? row.user : null;
}
