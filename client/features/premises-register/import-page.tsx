import { useRef, useState } from "react";
import { Link } from "react-router";
import { IMPORT_MODES, type ImportMode, type ImportReport } from "@shared/contracts/premises-register.ts";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { t } from "@client/lib/i18n/index.ts";
import { importCsv } from "./requests.ts";
import { StaffPage } from "./staff-page.tsx";

/**
 * "/premises-register/import": check a CSV file (dry run), see every bad line and, when updating,
 * every field that would change; import when clean.
 */
export function ImportPage() {
  return (
    <StaffPage>
      <Import />
    </StaffPage>
  );
}

type Busy = "check" | "import" | null;

function Import() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>("add");
  const [imported, setImported] = useState<ImportReport | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? "check" : "import");
    setFailure(null);
    try {
      const next = await importCsv(file, dryRun, mode);
      setReport(next);
      if (!dryRun && next.errorCount === 0) setImported(next);
    } catch (error) {
      setReport(null);
      setFailure(error instanceof ApiError ? error.userMessage : String(error));
    } finally {
      setBusy(null);
    }
  };

  const canImport = report !== null && report.dryRun && report.errorCount === 0 && imported === null && busy === null;

  return (
    <div className="page register-page">
      <p><Link to="/premises-register">{t("premisesRegister.back")}</Link></p>
      <PageHeading title={t("premisesRegister.importPage.title")} />
      <p>{t("premisesRegister.importPage.intro")}</p>
      <p className="field__hint">{t("premisesRegister.importPage.template")} {t("premisesRegister.importPage.cliHint")}</p>
      <div className="field">
        <label className="field__label" htmlFor="import-file">{t("premisesRegister.importPage.file")}</label>
        <input id="import-file" ref={input} type="file" accept=".csv,text/csv" className="field__input"
          onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); setImported(null); setFailure(null); }} />
      </div>
      <fieldset className="choice-group">
        <legend className="choice-group__legend">{t("premisesRegister.importPage.mode")}</legend>
        <div className="choice-group__choices">
          {IMPORT_MODES.map((m) => (
            <div className="choice" key={m}>
              <input id={`import-mode-${m}`} className="choice__input" type="radio" name="import-mode" value={m} checked={mode === m}
                aria-describedby={`import-mode-${m}-hint`}
                onChange={() => { setMode(m); setReport(null); setImported(null); setFailure(null); }} />
              <div>
                <label className="choice__label" htmlFor={`import-mode-${m}`}>{t(`premisesRegister.importPage.modes.${m}`)}</label>
                <div id={`import-mode-${m}-hint`} className="field__hint">{t(`premisesRegister.importPage.modeHints.${m}`)}</div>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="register-page__actions">
        <button type="button" className="button" disabled={!file || busy !== null} onClick={() => void run(true)}>
          {busy === "check" ? t("premisesRegister.importPage.checking") : t("premisesRegister.importPage.check")}
        </button>
        <button type="button" className="button" disabled={!canImport} aria-describedby="import-hint" onClick={() => void run(false)}>
          {busy === "import" ? t("premisesRegister.importPage.importing") : t("premisesRegister.importPage.import")}
        </button>
      </p>
      <p id="import-hint" className="field__hint">{t("premisesRegister.importPage.importHint")}</p>
      <div role="status" aria-live="polite">
        {failure && <div className="notice notice--error"><p className="notice__title">{t("premisesRegister.importPage.failed")}</p><p>{failure}</p></div>}
        {imported !== null && (
          <p className="notice notice--success">
            {imported.mode === "add"
              ? t("premisesRegister.importPage.imported", { count: imported.imported })
              : t("premisesRegister.importPage.importedUpdates", { added: imported.added, updated: imported.updated, unchanged: imported.unchanged })}
          </p>
        )}
        {report && imported === null && (
          <p className={report.errorCount ? "notice notice--error" : "notice notice--success"}>
            {t("premisesRegister.importPage.summary", { rows: report.rows, valid: report.valid, errors: report.errorCount })}
            {report.mode === "add-and-update" && <> {t("premisesRegister.importPage.plan", { added: report.added, updated: report.updated, unchanged: report.unchanged })}</>}
            {report.errorCount === 0 && report.dryRun && <> {t("premisesRegister.importPage.clean")}</>}
          </p>
        )}
        {report?.notices.map((n) => <p key={n} className="notice">{n}</p>)}
      </div>
      {report && report.errors.length > 0 && <ErrorTable report={report} />}
      {report && report.changes.length > 0 && <ChangeTable report={report} />}
    </div>
  );
}

function ErrorTable({ report }: { report: ImportReport }) {
  return (
    <div className="register-table__scroll">
      <table className="register-table import-errors">
        <caption>{t("premisesRegister.importPage.errorsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("premisesRegister.importPage.line")}</th>
            <th scope="col">{t("premisesRegister.importPage.column")}</th>
            <th scope="col">{t("premisesRegister.importPage.value")}</th>
            <th scope="col">{t("premisesRegister.importPage.message")}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((e, i) => (
            <tr key={`${e.line}-${e.field}-${i}`}>
              <th scope="row">{e.line}</th>
              <td>{e.column ?? "—"}</td>
              <td>{e.value ?? "—"}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.errorCount > report.errors.length && (
        <p>{t("premisesRegister.importPage.more", { shown: report.errors.length, total: report.errorCount })}</p>
      )}
    </div>
  );
}

/** What an update would change (or changed), one row per field: line, code, column, before and after. */
function ChangeTable({ report }: { report: ImportReport }) {
  const empty = (value: string) => (value === "" ? <span aria-label={t("premisesRegister.importPage.emptyCell")}>—</span> : value);
  return (
    <div className="register-table__scroll">
      <table className="register-table import-changes">
        <caption>{t(report.dryRun ? "premisesRegister.importPage.changesTitle" : "premisesRegister.importPage.changedTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("premisesRegister.importPage.line")}</th>
            <th scope="col">{t("premisesRegister.importPage.code")}</th>
            <th scope="col">{t("premisesRegister.importPage.column")}</th>
            <th scope="col">{t("premisesRegister.importPage.before")}</th>
            <th scope="col">{t("premisesRegister.importPage.after")}</th>
          </tr>
        </thead>
        <tbody>
          {report.changes.flatMap((change) => change.fields.map((f) => (
            <tr key={`${change.line}-${f.field}`}>
              <td>{change.line}</td>
              <th scope="row"><Link to={`/premises-register/${change.premisesId}`}>{change.inventoryCode}</Link></th>
              <td>{f.column}</td>
              <td>{empty(f.before)}</td>
              <td>{empty(f.after)}</td>
            </tr>
          )))}
        </tbody>
      </table>
      {report.updated > report.changes.length && (
        <p>{t("premisesRegister.importPage.moreChanges", { shown: report.changes.length, total: report.updated })}</p>
      )}
    </div>
  );
}
