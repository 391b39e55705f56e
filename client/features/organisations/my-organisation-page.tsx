import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { OrganisationDetail, type OrganisationStatus } from "@shared/contracts/organisations.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { useApiResource } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useSession } from "@client/lib/session/session.tsx";
import { InvitationsPanel } from "./invitations-panel.tsx";
import { MembersSection } from "./members-section.tsx";
import { OrganisationForm } from "./organisation-form.tsx";
import { StatusPanel } from "./status-panel.tsx";
import { StatusTag } from "./status-tag.tsx";
import "./organisations.css";

/** "/my-organisation": an applicant registers its organisation, follows its verification, corrects it. */
export function MyOrganisationPage() {
  return (
    <RequireSession roles={["applicant"]} otherRole={t("account.applicantOnly")}>
      {(session) => <MyOrganisation organisations={session.organisations} />}
    </RequireSession>
  );
}

function MyOrganisation({ organisations }: { organisations: { id: string; name: string; status: OrganisationStatus }[] }) {
  const [params, setParams] = useSearchParams();
  const { refresh } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const creating = params.get("new") === "1" || organisations.length === 0;
  const selected = organisations.find((o) => o.id === params.get("id")) ?? organisations[0];

  const created = (organisation: OrganisationDetail) => {
    setNotice(t("organisation.created"));
    void refresh().then(() => setParams({ id: organisation.id }));
  };

  return (
    <div className="page page--medium">
      <PageHeading title={creating ? t("organisation.createTitle") : t("organisation.myTitle")} />
      <p role="status" className="status-message">{notice}</p>
      <InvitationsPanel onAccepted={(id) => void refresh().then(() => setParams({ id }))} />
      {organisations.length > 1 && !creating && (
        <nav aria-label={t("organisation.yours")} className="organisation-switcher">
          <ul>
            {organisations.map((o) => (
              <li key={o.id}>
                <Link to={`?id=${o.id}`} aria-current={o.id === selected?.id ? "page" : undefined} onClick={() => setNotice(null)}>{o.name}</Link>{" "}
                <StatusTag status={o.status} />
              </li>
            ))}
          </ul>
        </nav>
      )}
      {creating && (
        <>
          <p>{t("organisation.createIntro")}</p>
          <OrganisationForm submitLabel={t("organisation.create")} onSaved={created} />
        </>
      )}
      {!creating && selected && <OrganisationEditor id={selected.id} onSaved={() => setNotice(t("organisation.saved"))} />}
      {!creating && <p><Link to="?new=1" onClick={() => setNotice(null)}>{t("organisation.createAnother")}</Link></p>}
    </div>
  );
}

function OrganisationEditor({ id, onSaved }: { id: string; onSaved: () => void }) {
  const { data: current, error, refetch, replace: setCurrent } = useApiResource(`/api/organisations/${id}`, OrganisationDetail);
  const { refresh } = useSession();

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!current) return <LoadingState />;

  const saved = (organisation: OrganisationDetail) => {
    setCurrent(organisation);
    onSaved();
    void refresh();
  };
  return (
    <>
      <StatusPanel organisation={current} />
      {current.status === "verified" && <p className="field__hint">{t("organisation.reverifyWarning")}</p>}
      <OrganisationForm
        organisation={current} onSaved={saved}
        submitLabel={current.status === "returned" ? t("organisation.resubmit") : t("organisation.save")}
      />
      <MembersSection organisation={current} canAdd />
    </>
  );
}
