import { useState } from "react";
import { Invitation, InvitationList } from "@shared/contracts/organisations.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { request } from "@client/lib/api/request.ts";
import { useApiMutation, useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { ORGANISATION_RESOURCES } from "./requests.ts";

const INVITATIONS = "/api/invitations";

/** Invitations to represent an organisation, addressed to this account: accept or decline each. */
export function InvitationsPanel({ onAccepted }: { onAccepted: (organisationId: string) => void }) {
  const { data } = useApiQuery(INVITATIONS, InvitationList);
  const [notice, setNotice] = useState<string | null>(null);
  const answer = useApiMutation(
    ({ id, verb }: { id: string; verb: "accept" | "decline" }) => request(`${INVITATIONS}/${id}/${verb}`, { method: "POST", schema: Invitation }),
    [INVITATIONS, ...ORGANISATION_RESOURCES],
  );

  const respond = async (invitation: Invitation, verb: "accept" | "decline") => {
    const answered = await answer.mutateAsync({ id: invitation.id, verb });
    setNotice(t(verb === "accept" ? "organisation.invitations.accepted" : "organisation.invitations.declined", { name: answered.organisationName }));
    if (verb === "accept") onAccepted(answered.organisationId);
  };

  const items = data?.items ?? [];
  if (items.length === 0 && !notice) return null;
  return (
    <section className="notice invitations" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="notice__title">{t("organisation.invitations.heading")}</h2>
      <p role="status">{notice}</p>
      <ul>
        {items.map((invitation) => (
          <li key={invitation.id}>
            <p>{t("organisation.invitations.item", {
              name: invitation.organisationName, by: invitation.invitedBy ?? "—", until: formatDate(invitation.expiresAt.slice(0, 10)),
            })}</p>
            <div className="notice__actions">
              <button type="button" className="button" disabled={answer.isPending} onClick={() => void respond(invitation, "accept")}>
                {t("organisation.invitations.accept")}
              </button>
              <button type="button" className="button button--secondary" disabled={answer.isPending} onClick={() => void respond(invitation, "decline")}>
                {t("organisation.invitations.decline")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
