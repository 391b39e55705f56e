import type { Request } from "express";
import { ROLES, type Role } from "@shared/contracts/auth.ts";

export { ROLES, type Role };

/** Who is making the request, as established by the session middleware (null: anonymous). */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** Organisations this user represents (applicants); empty for officers and admins. */
  organisationIds: string[];
  sessionId: string;
}

declare module "express-serve-static-core" {
  interface Request {
    actor?: Actor | null;
  }
}

export function actorOf(req: Request): Actor | null {
  return req.actor ?? null;
}
