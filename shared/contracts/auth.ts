import { z } from "zod";
import "@shared/i18n/accounts.ts";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "@shared/domain/password.ts";
import { Email } from "./email.ts";

export { Email };
export { CSRF_HEADER, Role, ROLES, SessionInfo, SessionUser } from "./session.ts";


/** A password being chosen: long enough and not a common one (shared/domain/password.ts). */
export const NewPassword = z.string({ message: "password.tooShort" }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const PersonName = z.string({ message: "personName.required" }).trim().min(2, "personName.required").max(120, "personName.required");

/** The language of the account's mail: what the client shows when the account is created. */
export const MailLanguage = z.enum(["pl", "en"], { message: "language.invalid" });

export const RegisterRequest = z.object({
  email: Email,
  password: NewPassword,
  name: PersonName,
  language: MailLanguage.optional(),
}).meta({ id: "RegisterRequest" });
export type RegisterRequest = z.infer<typeof RegisterRequest>;

export const LoginRequest = z.object({
  email: Email,
  password: z.string({ message: "password.required" }).min(1, "password.required").max(PASSWORD_MAX_LENGTH * 4, "password.tooLong"),
}).meta({ id: "LoginRequest" });
export type LoginRequest = z.infer<typeof LoginRequest>;

/** The token of a link mailed to an account (the `token` of its query). */
const LinkToken = z.string({ message: "token.invalid" }).min(1, "token.invalid").max(200, "token.invalid");

export const ConfirmEmailRequest = z.object({ token: LinkToken }).meta({ id: "ConfirmEmailRequest" });
export type ConfirmEmailRequest = z.infer<typeof ConfirmEmailRequest>;

export const PasswordResetRequest = z.object({ email: Email }).meta({ id: "PasswordResetRequest" });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** A new password through a mailed link: a reset (1 hour) or the invitation of a new staff account (7 days). */
export const SetPasswordRequest = z.object({ token: LinkToken, password: NewPassword }).meta({ id: "SetPasswordRequest" });
export type SetPasswordRequest = z.infer<typeof SetPasswordRequest>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string({ message: "currentPassword.required" }).min(1, "currentPassword.required").max(PASSWORD_MAX_LENGTH * 4, "password.tooLong"),
  newPassword: NewPassword,
}).meta({ id: "ChangePasswordRequest" });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

