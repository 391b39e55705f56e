import { ChangePasswordRequest, ConfirmEmailRequest, PasswordResetRequest, SetPasswordRequest } from "@shared/contracts/auth.ts";
import { passwordHashing } from "@server/lib/auth/hash-queue.ts";
import { requestIp } from "@server/lib/auth/middleware.ts";
import type { AppContext } from "@server/lib/context.ts";
import { enforceRateLimits } from "@server/lib/rate-limit.ts";
import type { ApiRouter } from "@server/lib/route.ts";
import { changePassword, confirmEmail, requestPasswordReset, resendConfirmation, setPasswordWithLink } from "./lifecycle.ts";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const problem = (description: string) => ({ description });
const badLink = problem("The link is expired, used or unknown (field token), or the password is refused (field password)");

/** The account lifecycle: the address confirmed, the password reset by a mailed link or changed while signed in. */
export function accountLifecycleRoutes(ctx: AppContext, api: ApiRouter): void {
  api.route({
    method: "post", path: "/auth/confirm-email", tags: ["auth"], authorize: "public",
    summary: "Confirm the account's e-mail address with the token of the link mailed at registration",
    body: ConfirmEmailRequest,
    responses: { 204: { description: "Confirmed (also when it already was)" }, 400: problem("The link is expired, used or unknown"), 429: problem("Too many attempts; see Retry-After") },
  }, async ({ body }, req, res) => {
    await enforceRateLimits(ctx.db, res, [{ key: `confirm:ip:${requestIp(req)}`, limit: 30, windowMs: 15 * MINUTE }]);
    await confirmEmail(ctx, body.token);
    res.status(204).end();
  });

  api.route({
    method: "post", path: "/auth/confirm-email/resend", tags: ["auth"], authorize: "account:manage-own",
    summary: "Mail the signed-in account a new confirmation link (the earlier one stops working)",
    responses: { 202: { description: "Queued (nothing is sent when the address is confirmed already)" }, 429: problem("Too many in an hour; see Retry-After") },
  }, async ({ actor }, _req, res) => {
    await enforceRateLimits(ctx.db, res, [{ key: `confirm-resend:user:${actor.userId}`, limit: 5, windowMs: HOUR }]);
    await resendConfirmation(ctx, actor);
    res.status(202).end();
  });

  api.route({
    method: "post", path: "/auth/password-reset", tags: ["auth"], authorize: "public",
    summary: "Ask for a password reset link by e-mail: the same answer whether or not the address has an account",
    body: PasswordResetRequest,
    responses: { 202: { description: "If the address has an active account, a link valid for 1 hour is on its way" }, 429: problem("Too many requests from this address or for this e-mail; see Retry-After") },
  }, async ({ body }, req, res) => {
    await enforceRateLimits(ctx.db, res, [
      { key: `reset:ip:${requestIp(req)}`, limit: 20, windowMs: HOUR },
      { key: `reset:email:${body.email.toLowerCase()}`, limit: 5, windowMs: HOUR },
    ]);
    await requestPasswordReset(ctx, body.email);
    res.status(202).end();
  });

  api.route({
    method: "post", path: "/auth/password-reset/complete", tags: ["auth"], authorize: "public",
    summary: "Set a new password with the token of a reset link (1 hour) or of a new staff account's invitation (7 days); every session of the account ends",
    body: SetPasswordRequest,
    responses: { 204: { description: "The password is set; sign in with it" }, 400: badLink, 429: problem("Too many attempts; see Retry-After"), 503: problem("Too many passwords being hashed at once; see Retry-After") },
  }, async ({ body }, req, res) => {
    passwordHashing.assertRoom();
    await enforceRateLimits(ctx.db, res, [{ key: `set-password:ip:${requestIp(req)}`, limit: 30, windowMs: 15 * MINUTE }]);
    await setPasswordWithLink(ctx, body.token, body.password);
    res.status(204).end();
  });

  api.route({
    method: "post", path: "/auth/password", tags: ["auth"], authorize: "account:manage-own",
    summary: "Change the signed-in account's password (the current one is asked for); its other sessions end",
    body: ChangePasswordRequest,
    responses: {
      204: { description: "Changed; this session goes on, the others ended" },
      400: problem("The current password is wrong (field currentPassword) or the new one is refused (field newPassword)"),
      429: problem("Too many attempts; see Retry-After"), 503: problem("Too many passwords being checked at once; see Retry-After"),
    },
  }, async ({ body, actor }, _req, res) => {
    passwordHashing.assertRoom();
    await enforceRateLimits(ctx.db, res, [{ key: `change-password:user:${actor.userId}`, limit: 10, windowMs: 15 * MINUTE }]);
    await changePassword(ctx, actor, body.currentPassword, body.newPassword);
    res.status(204).end();
  });
}
