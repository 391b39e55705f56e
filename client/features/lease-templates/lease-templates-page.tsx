import { useState } from "react";
import { LeaseTemplateList, type LeaseTemplate } from "@shared/contracts/lease-templates.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { TEMPLATES_URL, previewUrl } from "./requests.ts";
import { TemplateForm } from "./template-form.tsx";
import "./lease-templates.css";

/** "/lease-templates": the admin's lease template: its versions, the current one's text, adding a version. */
export function LeaseTemplatesPage() {
  return (
    <RequireSession roles={["admin"]} otherRole={t("leaseTemplates.adminOnly")}>
      {() => <TemplatesView />}
    </RequireSession>
  );
}

function TemplatesView() {
  const { data, error, refetch } = useApiQuery(TEMPLATES_URL, LeaseTemplateList);
  const [notice, setNotice] = useState<string | null>(null);
  if (error && !data) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!data) return <LoadingState />;
  // Newest first (GET /api/lease-templates): the first is the one new leases cite.
  const current = data.items[0];
  return (
    <div className="page page--medium">
      <PageHeading title={t("leaseTemplates.title")} />
      <p>{t("leaseTemplates.intro")}</p>
      <p role="status" className="template-notice">{notice}</p>
      <section className="template-section" aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t("leaseTemplates.versions")}</h2>
        <VersionsTable versions={data.items} />
      </section>
      {current && <CurrentVersion template={current} />}
      <section className="template-section" aria-labelledby="template-add-heading">
        <h2 id="template-add-heading">{t("leaseTemplates.add")}</h2>
        <TemplateForm key={current?.version ?? 0} initial={current?.clauses} onAdded={(added) => setNotice(t("leaseTemplates.done", { version: added.version }))} />
      </section>
    </div>
  );
}

function VersionsTable({ versions }: { versions: LeaseTemplate[] }) {
  return (
    <div className="template-scroll">
      <table className="template-table">
        <caption className="visually-hidden">{t("leaseTemplates.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("leaseTemplates.version")}</th>
            <th scope="col">{t("leaseTemplates.created")}</th>
            <th scope="col">{t("leaseTemplates.createdBy")}</th>
            <th scope="col">{t("leaseTemplates.example")}</th>
            <th scope="col">{t("leaseTemplates.preview")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">{v.version}</th>
              <td>{formatDate(new Date(v.createdAt))}</td>
              <td>{v.createdBy}</td>
              <td>{v.isExample ? t("leaseTemplates.exampleLabel") : ""}</td>
              <td><a href={previewUrl(v.version)} aria-label={t("leaseTemplates.previewOf", { version: v.version })}>{t("leaseTemplates.preview")}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CurrentVersion({ template }: { template: LeaseTemplate }) {
  return (
    <section className="template-section" aria-labelledby="current-heading">
      <h2 id="current-heading">{t("leaseTemplates.current", { version: template.version })}</h2>
      {template.isExample && <p className="notice">{t("leaseTemplates.exampleLabel")}</p>}
      <div className="template-text">
        {template.clauses.sections.map((section, i) => (
          <section key={i} aria-labelledby={`current-section-${i}`}>
            <h3 id={`current-section-${i}`}>{t("leaseTemplates.section", { n: i + 1, heading: section.heading })}</h3>
            <ol>
              {section.paragraphs.map((paragraph, j) => <li key={j}>{paragraph}</li>)}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
