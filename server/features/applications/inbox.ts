import type { NotificationView } from "@shared/contracts/applications.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { authorize } from "@server/lib/authorization.ts";
import type { Db } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import type { Notification } from "@server/generated/prisma/client.ts";
import { findNotification, markNotificationRead, notificationsOf } from "./repository.ts";

function toView(n: Notification): NotificationView {
  return {
    id: n.id, applicationId: n.applicationId, organisationId: n.organisationId, kind: n.kind, subject: n.subject, body: n.body,
    createdAt: n.createdAt.toISOString(), readAt: n.readAt ? n.readAt.toISOString() : null,
  };
}

/** The applicant's messages: those for every organisation the user represents. */
export async function listNotifications(db: Db, actor: Actor | null, unreadOnly: boolean): Promise<NotificationView[]> {
  authorize(actor, "notification:list");
  return (await notificationsOf(db, actor.organisationIds, unreadOnly)).map(toView);
}

export async function markRead(db: Db, actor: Actor | null, id: string): Promise<NotificationView> {
  const row = await findNotification(db, id);
  if (!row) {
    authorize(actor, "notification:list");
    throw AppError.notFound("Nie ma takiej wiadomości.");
  }
  authorize(actor, "notification:read", row.organisationId);
  if (row.readAt) return toView(row);
  return toView(await markNotificationRead(db, id, new Date()));
}
