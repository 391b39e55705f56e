import { useMemo, useState } from "react";
import { Link } from "react-router";
import { Statistics } from "@shared/contracts/statistics.ts";
import { formatPLN } from "@shared/domain/decimal-text.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { useConfig } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";
import { AidReport } from "./aid-report.tsx";
import { ChartFigure } from "./figure.tsx";
import { figures } from "./figures.ts";
import { filterQuery, NO_FILTER, StatisticsFilter } from "./statistics-filter.tsx";
import "./dashboard.css";

export const STATISTICS_URL = "/api/statistics";

/**
 * "/dashboard": the diagnosis of Recommendation 9, public: charts with their tables, from GET
 * /api/statistics; officers and admins can filter them by district and period (/api/statistics/filtered).
 */
export function DashboardPage() {
  const role = useSession().session?.user?.role;
  const staff = role === "officer" || role === "admin";
  const [filter, setFilter] = useState(NO_FILTER);
  const query = staff ? filterQuery(filter) : "";
  const { data, error, refetch } = useApiQuery(query ? `${STATISTICS_URL}/filtered?${query}` : STATISTICS_URL, Statistics);
  return (
    <div className="page">
      <PageHeading title={t("dashboard.title")} />
      <p className="dashboard-note">{t("dashboard.intro")}</p>
      {staff && <StatisticsFilter applied={filter} onApply={setFilter} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {data && <Figures statistics={data} />}
    </div>
  );
}

function Figures({ statistics }: { statistics: Statistics }) {
  const { districts } = useConfig();
  const all = useMemo(() => figures(statistics, (id) => {
    const district = districts.find((d) => d.id === id);
    return district ? `${district.number} ${district.name}` : id;
  }), [statistics, districts]);
  const updated = statistics.dataUpdatedAt ? new Date(statistics.dataUpdatedAt).toLocaleString(document.documentElement.lang || "pl", { dateStyle: "long", timeStyle: "short" }) : "—";
  return (
    <>
      <p>
        {t("dashboard.updated", { date: updated })}{" "}
        <a href="/api/open-data/statistics.csv" download>{t("dashboard.downloadCsv")}</a>{" · "}
        <Link to="/open-data">{t("dashboard.openData")}</Link>
      </p>
      <h2 className="visually-hidden">{t("dashboard.inForce.title")}</h2>
      <dl className="dashboard-summary" aria-label={t("dashboard.inForce.title")}>
        <dt>{t("dashboard.inForce.leases")}</dt><dd>{statistics.leasesInForce.leases}</dd>
        <dt>{t("dashboard.inForce.preferential")}</dt><dd>{statistics.leasesInForce.preferential}</dd>
        <dt>{t("dashboard.inForce.preference")}</dt><dd>{formatPLN(statistics.leasesInForce.monthlyPreference)}</dd>
      </dl>
      {all.map((figure) => <ChartFigure key={figure.id} {...figure} />)}
      <AidReport />
    </>
  );
}
