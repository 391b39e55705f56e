import { useId, useState } from "react";
import { AuditHistory as AuditHistorySchema, type AuditChange, type AuditEntity, type AuditEventView } from "@shared/contracts/audit.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { lang, t } from "@client/lib/i18n/index.ts";
import "./audit.css";

interface AuditHistoryProps {
  entity: AuditEntity;
  entityId: string;
  /** The label of a field in the user's words; the field's own name when it returns undefined. */
  fieldLabel?: (field: string) => string | undefined;
  /** Show a value in the user's words (a status, an amount); the default shows it plainly. */
  formatValue?: (field: string, value: unknown) => string | undefined;
  /** Changes when the record changes, so an open history reloads. */
  version?: string;
}

const KNOWN_ACTIONS = [
  "create", "update", "resubmit", "verify", "return", "member-add", "member-invite", "member-decline", "seed", "register",
  "withdraw", "import", "file-upload", "file-delete", "submit", "approve", "reject", "reserve", "sign", "terminate", "annex",
  "end", "lease-end", "settle-deposit", "propose", "deny", "update-profile", "change-password", "confirm-email",
] as const;

/** The record's bookkeeping (identifiers, a file's hash and address, timestamps): nothing a reader decides on. */
const INTERNAL = new Set(["id", "premisesId", "organisationId", "createdById", "sha256", "url", "mime", "createdAt", "updatedAt"]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The changes a reader follows: a nested record (utilities, accessibility) one row per part that changed, bookkeeping left out. */
function readable(changes: AuditChange[]): AuditChange[] {
  return changes.flatMap((change) => {
    if (INTERNAL.has(change.field)) return [];
    const { before, after } = change;
    if (!isRecord(before) || !isRecord(after)) return [change];
    return [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => ({ field: `${change.field}.${key}`, before: before[key] ?? null, after: after[key] ?? null }));
  });
}
const time = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "pl-PL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Warsaw" });

function actionLabel(action: string): string {
  return (KNOWN_ACTIONS as readonly string[]).includes(action) ? t(`audit.action.${action as (typeof KNOWN_ACTIONS)[number]}`) : action;
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return t("audit.none");
  if (typeof value === "boolean") return value ? t("app.yes") : t("app.no");
  if (Array.isArray(value)) return value.length ? value.map(plain).join("; ") : t("audit.none");
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).map(plain).join(", ");
  return typeof value === "string" || typeof value === "number" || typeof value === "bigint" ? String(value) : t("audit.none");
}

const when = (iso: string) => `${formatDate(iso)} ${time.format(new Date(iso))}`;

/**
 * "Historia zmian": who changed what and when in one record, newest first, for staff. Closed until
 * asked for, so the page does not load a long history nobody reads. Any feature can show it for its
 * records: <AuditHistory entity="premises" entityId={id} fieldLabel={...} />.
 */
export function AuditHistory({ entity, entityId, fieldLabel, formatValue, version }: AuditHistoryProps) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const url = open ? `/api/audit?entity=${encodeURIComponent(entity)}&entityId=${encodeURIComponent(entityId)}&v=${encodeURIComponent(version ?? "")}` : null;
  const { data, error, refetch } = useApiQuery(url, AuditHistorySchema);
  const show = (change: AuditChange, value: unknown) => formatValue?.(change.field, value) ?? plain(value);

  return (
    <section className="audit-history" aria-labelledby={`${regionId}-heading`}>
      <h2 id={`${regionId}-heading`}>{t("audit.heading")}</h2>
      <button type="button" className="button button--secondary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? t("audit.hide") : t("audit.show")}
      </button>
      <div id={regionId} hidden={!open}>
        {open && error && <ErrorState error={error} onRetry={() => void refetch()} compact />}
        {open && !error && !data && <LoadingState />}
        {open && data && data.items.length === 0 && <p>{t("audit.empty")}</p>}
        {open && data && data.items.length > 0 && (
          <ol className="audit-history__events">
            {data.items.map((event) => <AuditEventItem key={event.id} event={event} fieldLabel={fieldLabel} show={show} />)}
          </ol>
        )}
      </div>
    </section>
  );
}

interface AuditEventItemProps {
  event: AuditEventView;
  fieldLabel?: (field: string) => string | undefined;
  show: (change: AuditChange, value: unknown) => string;
}

function AuditEventItem({ event, fieldLabel, show }: AuditEventItemProps) {
  const who = event.actor?.email ?? t("audit.system");
  const changes = readable(event.changes);
  return (
    <li className="audit-history__event">
      <p className="audit-history__summary">
        <strong>{actionLabel(event.action)}</strong> · <time dateTime={event.at}>{when(event.at)}</time> · {who}
      </p>
      {changes.length > 0 && (
        <table className="audit-history__changes">
          <caption className="visually-hidden">{t("audit.caption", { action: actionLabel(event.action), when: when(event.at), who })}</caption>
          <thead>
            <tr><th scope="col">{t("audit.field")}</th><th scope="col">{t("audit.before")}</th><th scope="col">{t("audit.after")}</th></tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{fieldLabel?.(change.field) ?? change.field}</th>
                <td>{show(change, change.before)}</td>
                <td>{show(change, change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
