import { z } from "zod";

/**
 * Who is signed in: what every page of the client reads at start, kept apart from the account and
 * organisation forms (auth.ts, organisations.ts re-export it) so the home page loads no more than this.
 */

export const ROLES = ["applicant", "officer", "admin"] as const;
export const Role = z.enum(ROLES, { message: "role.invalid" });
export type Role = z.infer<typeof Role>;

export const ORGANISATION_STATUSES = ["pending-verification", "verified", "returned"] as const;
export const OrganisationStatus = z.enum(ORGANISATION_STATUSES, { message: "organisationStatus.invalid" });
export type OrganisationStatus = z.infer<typeof OrganisationStatus>;

export const SessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  /** False until a self-registered applicant follows the link mailed at registration: such an account cannot submit an application. */
  emailConfirmed: z.boolean(),
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
