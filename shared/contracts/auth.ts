import { z } from "zod";
import "@shared/i18n/accounts.ts";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "@shared/domain/password.ts";
import { Email } from "./email.ts";
import { OrganisationStatus } from "./organisations.ts";

export { Email };

export const ROLES = ["applicant", "officer", "admin"] as const;
export const Role = z.enum(ROLES, { message: "role.invalid" });
export type Role = z.infer<typeof Role>;


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

export const SessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
});
export type SessionUser = z.infer<typeof SessionUser>;

/**
 * Who is signed in (user null: nobody), the organisations the user represents, and the token the
 * client sends back in the X-CSRF-Token header of every state-changing request.
 */
export const SessionInfo = z.object({
  user: SessionUser.nullable(),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), status: OrganisationStatus })),
  csrfToken: z.string().nullable(),
}).meta({ id: "SessionInfo" });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const CSRF_HEADER = "X-CSRF-Token";
