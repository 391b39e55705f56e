import { ROLES, type Actor, type Role } from "./auth/actor.ts";
import { AppError } from "./errors.ts";

/**
 * The one place that decides who may do what. Routes name an action and, where the data belongs to
 * an organisation, the organisation it belongs to; nothing else in the code compares roles.
 *
 * A rule lists the roles allowed, and `ownOrganisation` says that applicants are allowed only for
 * data of an organisation they represent.
 */
interface Rule {
  roles: readonly Role[] | "anyone";
  ownOrganisation?: boolean;
}

const STAFF = ["officer", "admin"] as const;

export const POLICY = {
  "premises:read-public": { roles: "anyone" },
  "statistics:read": { roles: "anyone" },
  "statistics:read-filtered": { roles: STAFF },
  "open-data:read": { roles: "anyone" },
  "aid-report:export": { roles: STAFF },
  "premises:create": { roles: STAFF },
  "premises:update": { roles: STAFF },
  "premises:withdraw": { roles: STAFF },
  "premises:import": { roles: STAFF },
  "premises:export": { roles: STAFF },
  "premises:upload": { roles: STAFF },
  "audit:read": { roles: STAFF },
  "organisation:create": { roles: ["applicant"] },
  "organisation:read": { roles: ["applicant", ...STAFF], ownOrganisation: true },
  "organisation:update": { roles: ["applicant", ...STAFF], ownOrganisation: true },
  "organisation:list": { roles: STAFF },
  "organisation:list-own": { roles: ["applicant"] },
  "organisation:add-member": { roles: ["applicant", "admin"], ownOrganisation: true },
  "organisation:verify": { roles: STAFF },
  "invitation:respond": { roles: ["applicant"] },
  "user:manage": { roles: ["admin"] },
  "account:manage-own": { roles: ["applicant", ...STAFF] },
  "rate-policy:read-current": { roles: "anyone" },
  "rate-policy:list": { roles: STAFF },
  "rate-policy:manage": { roles: ["admin"] },
  "price-index:list": { roles: STAFF },
  "price-index:manage": { roles: ["admin"] },
  "premises:quote": { roles: "anyone" },
  "application:create": { roles: ["applicant"], ownOrganisation: true },
  "application:list": { roles: ["applicant", ...STAFF] },
  "application:read": { roles: ["applicant", ...STAFF], ownOrganisation: true },
  "application:update": { roles: ["applicant"], ownOrganisation: true },
  "application:review": { roles: STAFF },
  "application:decide": { roles: STAFF },
  "notification:list": { roles: ["applicant"] },
  "notification:read": { roles: ["applicant"], ownOrganisation: true },
  "lease:create": { roles: STAFF },
  "lease:sign": { roles: STAFF },
  "lease:terminate": { roles: STAFF },
  "lease:annex": { roles: STAFF },
  "lease:settle-deposit": { roles: STAFF },
  "lease:list": { roles: ["applicant", ...STAFF] },
  "lease:list-all": { roles: STAFF },
  "lease:export": { roles: STAFF },
  "lease:read": { roles: ["applicant", ...STAFF], ownOrganisation: true },
  "investment:propose": { roles: ["applicant"], ownOrganisation: true },
  "investment:complete": { roles: ["applicant"], ownOrganisation: true },
  "investment:decide": { roles: STAFF },
  "investment:accept": { roles: STAFF },
  "investment:list": { roles: ["applicant", ...STAFF] },
  "investment:list-all": { roles: STAFF },
  "investment:read": { roles: ["applicant", ...STAFF], ownOrganisation: true },
  "investment:export": { roles: STAFF },
  "lease-template:list": { roles: STAFF },
  "lease-template:manage": { roles: ["admin"] },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

/** True when the actor may perform the action (on data of `organisationId`, when given). */
export function can(actor: Actor | null, action: Action, organisationId?: string): boolean {
  const rule: Rule = POLICY[action];
  if (rule.roles === "anyone") return true;
  if (!actor || !rule.roles.includes(actor.role)) return false;
  if (rule.ownOrganisation && actor.role === "applicant") {
    return organisationId !== undefined && actor.organisationIds.includes(organisationId);
  }
  return true;
}

/**
 * Throws 401 for anonymous callers and 403 for the signed-in who may not. Data of another
 * organisation answers 404 instead of 403, so ids cannot be probed.
 */
export function authorize(actor: Actor | null, action: Action, organisationId?: string): asserts actor is Actor {
  if (can(actor, action, organisationId)) return;
  if (!actor) throw AppError.unauthorized();
  const rule: Rule = POLICY[action];
  const roleAllowed = rule.roles === "anyone" || rule.roles.includes(actor.role);
  if (roleAllowed && rule.ownOrganisation) throw AppError.notFound();
  throw AppError.forbidden();
}

/**
 * Who may call an operation, declared on every route (server/lib/route.ts): an action of the policy,
 * several (any one will do), or "public" for anyone, signed in or not.
 */
export type Authorization = "public" | Action | readonly Action[];

type AnyoneAction = { [A in Action]: (typeof POLICY)[A]["roles"] extends "anyone" ? A : never }[Action];

/** The actor a handler gets: null only on operations anyone may call. */
export type ActorFor<A extends Authorization> =
  A extends "public" ? Actor | null
    : [Extract<A extends readonly Action[] ? A[number] : A, AnyoneAction>] extends [never] ? Actor : Actor | null;

const actionsOf = (authorization: Authorization): readonly Action[] =>
  authorization === "public" ? [] : typeof authorization === "string" ? [authorization] : authorization;

/** True when anyone, signed in or not, may call an operation. */
export function isPublic(authorization: Authorization): boolean {
  return authorization === "public" || actionsOf(authorization).some((action) => POLICY[action].roles === "anyone");
}

/** The roles that may call an operation (every role when it is public). */
export function rolesFor(authorization: Authorization): readonly Role[] {
  if (isPublic(authorization)) return ROLES;
  const roles = new Set(actionsOf(authorization).flatMap((action): readonly Role[] => {
    const rule: Rule = POLICY[action];
    return rule.roles === "anyone" ? ROLES : rule.roles;
  }));
  return ROLES.filter((role) => roles.has(role));
}

/**
 * The check of the request pipeline, before any input is read: 401 for anonymous callers of a
 * private operation, 403 for a role none of its actions allows. Whose data it is (`ownOrganisation`)
 * needs the record, so the services check that with `authorize(actor, action, organisationId)`.
 */
export function authorizeCaller(actor: Actor | null, authorization: Authorization): void {
  if (isPublic(authorization)) return;
  if (!actor) throw AppError.unauthorized();
  if (!rolesFor(authorization).includes(actor.role)) throw AppError.forbidden();
}
