import { useState } from "react";
import { TextField } from "@client/components/ui/text-field.tsx";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Warsaw" });

/** For officers and admins: the de minimis aid granted in a period as the SHRIMP report (CSV). */
export function AidReport() {
  const role = useSession().session?.user?.role;
  const [from, setFrom] = useState(() => `${today().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  if (role !== "officer" && role !== "admin") return null;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  return (
    <section className="dashboard-section" aria-labelledby="aid-report-heading">
      <h2 id="aid-report-heading">{t("dashboard.aidReport.title")}</h2>
      <p className="dashboard-note">{t("dashboard.aidReport.intro")}</p>
      <div className="dashboard-period">
        <TextField id="aid-report-from" type="date" label={t("dashboard.aidReport.from")} value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField id="aid-report-to" type="date" label={t("dashboard.aidReport.to")} value={to} onChange={(e) => setTo(e.target.value)}
          error={valid ? undefined : t("dashboard.aidReport.invalid")} />
      </div>
      {valid && <p><a className="button" href={`/api/statistics/de-minimis-report.csv?from=${from}&to=${to}`} download>{t("dashboard.aidReport.download")}</a></p>}
    </section>
  );
}
