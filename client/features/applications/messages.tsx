import { useState } from "react";
import { z } from "zod";
import { NotificationView } from "@shared/contracts/applications.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { useApiMutation, useApiQuery } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { t } from "@client/lib/i18n/index.ts";

const Messages = z.array(NotificationView);

/** The applicant's messages (the outbox), newest first; those about one application when given. */
export function MessageList({ applicationId }: { applicationId?: string }) {
  const { data, error, refetch } = useApiQuery("/api/notifications", Messages);
  const markReadRequest = useApiMutation((id: string) => request(`/api/notifications/${id}/read`, { method: "POST", schema: NotificationView }), ["/api/notifications"]);
  const [read, setRead] = useState<Record<string, string>>({});
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  if (!data) return <LoadingState />;
  const shown = data.filter((m) => !applicationId || m.applicationId === applicationId);

  const markRead = async (id: string) => {
    const updated = await markReadRequest.mutateAsync(id);
    setRead((r) => ({ ...r, [id]: updated.readAt ?? "" }));
  };

  return (
    <section className="application-section" aria-labelledby="messages-heading">
      <h2 id="messages-heading">{t("applications.mine.messages")}</h2>
      {shown.length === 0 ? <p>{t("applications.mine.noMessages")}</p> : (
        <ul className="messages">
          {shown.map((m) => {
            const unread = !m.readAt && !read[m.id];
            return (
              <li key={m.id} className={unread ? "messages__unread" : undefined}>
                <p className="messages__meta">{formatDate(m.createdAt)}{unread && <> · <strong>{t("applications.mine.unread")}</strong></>}</p>
                <p><strong>{m.subject}</strong></p>
                <p>{m.body}</p>
                {unread && <button type="button" className="button button--secondary" onClick={() => void markRead(m.id)}>{t("applications.mine.markRead")}</button>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
