import { Link } from "react-router";
import { t } from "@client/lib/i18n/index.ts";

/** A page that threw while rendering: the shell stays, the user gets words and a way out. */
export function CrashPage() {
  return (
    <div className="page page--narrow" role="alert">
      <h1>{t("errors.crashTitle")}</h1>
      <p>{t("errors.crashBody")}</p>
      <p className="notice__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>{t("errors.reload")}</button>
        <Link to="/">{t("notFound.back")}</Link>
      </p>
    </div>
  );
}
