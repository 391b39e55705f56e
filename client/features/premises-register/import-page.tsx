import { useRef, useState } from "react";
import { Link } from "react-router";
import type { ImportReport } from "@shared/contracts/premises-register.ts";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { t } from "@client/lib/i18n/index.ts";
import { importCsv } from "./requests.ts";
import { StaffPage } from "./staff-page.tsx";

/** "/premises-register/import": check a CSV file (dry run), see every bad line, import when clean. */
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
  const [imported, setImported] = useState<number | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? "check" : "import");
    setFailure(null);
    try {
      const next = await importCsv(file, dryRun);
      setReport(next);
      if (!dryRun && next.imported > 0) setImported(next.imported);
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
        {imported !== null && <p className="notice notice--success">{t("premisesRegister.importPage.imported", { count: imported })}</p>}
        {report && imported === null && (
          <p className={report.errorCount ? "notice notice--error" : "notice notice--success"}>
            {t("premisesRegister.importPage.summary", { rows: report.rows, valid: report.valid, errors: report.errorCount })}
            {report.errorCount === 0 && report.dryRun && <> {t("premisesRegister.importPage.clean")}</>}
          </p>
        )}
        {report?.notices.map((n) => <p key={n} className="notice">{n}</p>)}
      </div>
      {report && report.errors.length > 0 && <ErrorTable report={report} />}
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
