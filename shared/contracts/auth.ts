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

export const RegisterRequest = z.object({
  email: Email,
  password: NewPassword,
  name: PersonName,
}).meta({ id: "RegisterRequest" });
export type RegisterRequest = z.infer<typeof RegisterRequest>;

export const LoginRequest = z.object({
  email: Email,
  password: z.string({ message: "password.required" }).min(1, "password.required").max(PASSWORD_MAX_LENGTH * 4, "password.tooLong"),
}).meta({ id: "LoginRequest" });
export type LoginRequest = z.infer<typeof LoginRequest>;
