import type { Invitation } from "@shared/contracts/organisations.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Db } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { auditSnapshot } from "./mapper.ts";
import {
  addMembership, answerInvitation, findInvitation, findOrganisation, findPendingInvitation, insertInvitation, type InvitationRow,
  isMember, pendingInvitationsFor,
} from "./repository.ts";

const INVITATION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    email: row.email,
    status: row.status,
    invitedBy: row.invitedBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

/**
 * Invites an e-mail address to represent the organisation. No account is looked up, so the answer
 * (and its timing) is the same whether or not one has the address; inviting again while an invitation
 * waits answers with that one.
 */
export function inviteMember(db: Db, actor: Actor, organisationId: string, email: string, now: Date): Promise<Invitation> {
  return db.$transaction(async (tx) => {
    const waiting = await findPendingInvitation(tx, organisationId, email, now);
    if (waiting) return toInvitation(waiting);
    const row = await insertInvitation(tx, {
      organisationId, email, invitedById: actor.userId, expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS),
    });
    await recordAudit(tx, {
      actor, entity: "organisation", entityId: organisationId, action: "member-invite",
      after: { invitation: row.id, email, expiresAt: row.expiresAt.toISOString() },
    });
    return toInvitation(row);
  });
}

export async function invitationsFor(db: Db, actor: Actor, now: Date): Promise<Invitation[]> {
  return (await pendingInvitationsFor(db, actor.email.toLowerCase(), now)).map(toInvitation);
}

const noInvitation = () => AppError.notFound("Nie ma oczekującego zaproszenia o takim identyfikatorze dla tego konta.");

/**
 * The invited account accepts: it becomes a representative (in the audit trail of the organisation).
 * An invitation of another address, answered or expired is a 404, as for one that does not exist.
 */
export function acceptInvitation(db: Db, actor: Actor, id: string, now: Date): Promise<Invitation> {
  return db.$transaction(async (tx) => {
    if (!(await answerInvitation(tx, id, actor.email.toLowerCase(), "accepted", now))) throw noInvitation();
    const invitation = await findInvitation(tx, id);
    const before = await findOrganisation(tx, invitation.organisationId);
    if (before && !(await isMember(tx, invitation.organisationId, actor.userId))) {
      await addMembership(tx, invitation.organisationId, actor.userId);
      await recordAudit(tx, {
        actor, entity: "organisation", entityId: invitation.organisationId, action: "member-add",
        before: auditSnapshot(before), after: auditSnapshot((await findOrganisation(tx, invitation.organisationId))!),
      });
    }
    return toInvitation(invitation);
  });
}

export function declineInvitation(db: Db, actor: Actor, id: string, now: Date): Promise<Invitation> {
  return db.$transaction(async (tx) => {
    if (!(await answerInvitation(tx, id, actor.email.toLowerCase(), "declined", now))) throw noInvitation();
    const invitation = await findInvitation(tx, id);
    await recordAudit(tx, {
      actor, entity: "organisation", entityId: invitation.organisationId, action: "member-decline",
      after: { invitation: id, email: invitation.email },
    });
    return toInvitation(invitation);
  });
}
