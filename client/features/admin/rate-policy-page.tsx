import { useState } from "react";
import type { RatePolicyVersion } from "@shared/contracts/rate-policy.ts";
import { formatDate, systemClock, todayIn } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t, tn } from "@client/lib/i18n/index.ts";
import { PolicyForm } from "./policy-form.tsx";
import { POLICIES_URL, PolicyList } from "./requests.ts";
import "./admin.css";

/** "/admin/rate-policy": the versions of the rate policy and a new version, adopted after its preview. */
export function RatePolicyPage() {
  return (
    <RequireSession roles={["admin"]} otherRole={t("admin.adminOnly")}>
      {() => <PolicyView />}
    </RequireSession>
  );
}

/** The version in force today: the newest whose effective date has come (the list is newest first). */
const inForce = (versions: RatePolicyVersion[], today: string) => versions.find((v) => v.effectiveFrom <= today);

function PolicyView() {
  const { data, error, refetch } = useApiQuery(POLICIES_URL, PolicyList);
  const [notice, setNotice] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  if (error && !data) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!data) return <LoadingState />;
  const current = inForce(data, todayIn(systemClock));
  const editing = data.find((v) => v.id === editingId && v.decisions === 0);
  return (
    <div className="page page--medium">
      <PageHeading title={t("admin.policy.title")} />
      <p>{t("admin.policy.intro")}</p>
      <p role="status" className="admin-notice">{notice}</p>
      <section className="admin-section" aria-labelledby="policy-versions-heading">
        <h2 id="policy-versions-heading">{t("admin.policy.versions")}</h2>
        <VersionsTable versions={data} currentId={current?.id} onEdit={(id) => { setNotice(null); setEditingId(id); }} />
      </section>
      <section className="admin-section" aria-labelledby="policy-new-heading">
        <h2 id="policy-new-heading">{editing ? t("admin.policy.editing", { name: editing.name }) : t("admin.policy.new")}</h2>
        {editing && <button type="button" className="button button--secondary" onClick={() => setEditingId(null)}>{t("admin.policy.cancelEdit")}</button>}
        <PolicyForm key={`${data.length}-${editing?.id ?? "new"}`} base={editing ?? current ?? data[0]} editing={editing !== undefined}
          onAdopted={(v) => {
            setNotice(t(editing ? "admin.policy.corrected" : "admin.policy.adopted", { name: v.name, date: formatDate(v.effectiveFrom) }));
            setEditingId(null);
          }} />
      </section>
    </div>
  );
}

function VersionsTable({ versions, currentId, onEdit }: { versions: RatePolicyVersion[]; currentId: string | undefined; onEdit: (id: string) => void }) {
  return (
    <div className="admin-scroll">
      <table className="admin-table">
        <caption className="visually-hidden">{t("admin.policy.versions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.policy.name")}</th>
            <th scope="col">{t("admin.policy.effectiveFrom")}</th>
            <th scope="col">{t("admin.policy.categories")}</th>
            <th scope="col">{t("admin.policy.state")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <th scope="row">
                {v.name}
                {v.isExample && <span className="admin-tag">{t("admin.policy.example")}</span>}
                {v.id === currentId && <span className="admin-tag">{t("admin.policy.inForce")}</span>}
              </th>
              <td>{formatDate(v.effectiveFrom)}</td>
              <td>{v.categories.map((c) => `${c.label}: ${c.rule.kind === "discount" ? `−${c.rule.percent}%` : `${c.rule.rate} zł/m²`}`).join("; ")}</td>
              <td>
                {v.decisions > 0 ? tn("admin.policy.readOnly", v.decisions) : (
                  <>
                    {t("admin.policy.unused")}{" "}
                    <button type="button" className="button button--secondary" onClick={() => onEdit(v.id)}>{t("admin.policy.edit", { name: v.name })}</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
