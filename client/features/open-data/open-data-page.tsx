import { Link } from "react-router";
import { OpenDataCatalogue } from "@shared/contracts/statistics.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import "./open-data.css";

export const OPEN_DATA_URL = "/api/open-data";

const when = (iso: string | null) =>
  (iso ? new Date(iso).toLocaleString(document.documentElement.lang || "pl", { dateStyle: "long", timeStyle: "short" }) : "—");

/** "/open-data": what the city publishes, under which licence, how fresh, and the downloads. */
export function OpenDataPage() {
  const { data, error, refetch } = useApiQuery(OPEN_DATA_URL, OpenDataCatalogue);
  return (
    <div className="page page--medium open-data">
      <PageHeading title={t("openData.title")} />
      <p>{t("openData.intro")}</p>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {data && <Catalogue catalogue={data} />}
    </div>
  );
}

function Catalogue({ catalogue }: { catalogue: OpenDataCatalogue }) {
  const { downloads } = catalogue;
  return (
    <>
      <dl className="open-data-facts">
        <dt>{t("openData.updated")}</dt><dd>{when(catalogue.dataUpdatedAt)}</dd>
        <dt>{t("openData.publisher")}</dt><dd>{catalogue.publisher.name}, {catalogue.publisher.address}</dd>
        <dt>{t("openData.licence")}</dt>
        <dd><a href={catalogue.licence.url} rel="license">{t("openData.licenceName")}</a></dd>
      </dl>

      <section aria-labelledby="od-datasets">
        <h2 id="od-datasets">{t("openData.datasets")}</h2>
        <ul className="open-data-list">
          <li>
            <h3>{t("openData.premises.title")}</h3>
            <p>{t("openData.premises.body", { count: catalogue.premisesCount })}</p>
            <p>{t("openData.premises.fields")}</p>
            <p>
              <a className="button" href={downloads.premisesCsv} download>{t("openData.premises.csv")}</a>{" "}
              <a className="button" href={downloads.premisesGeojson} download>{t("openData.premises.geojson")}</a>
            </p>
            <p className="open-data-hint">{t("openData.premises.csvHint")}</p>
          </li>
          <li>
            <h3>{t("openData.statistics.title")}</h3>
            <p>{t("openData.statistics.body")}</p>
            <p>
              <a className="button" href={downloads.statisticsCsv} download>{t("openData.statistics.csv")}</a>{" "}
              <Link to="/dashboard">{t("openData.statistics.dashboard")}</Link>
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="od-api">
        <h2 id="od-api">{t("openData.api.title")}</h2>
        <p>{t("openData.api.body")}</p>
        <p>
          <Link to="/api-docs">{t("openData.api.docs")}</Link>{" · "}
          <a href={downloads.openApi}>{t("openData.api.json")}</a>
        </p>
      </section>

      <section aria-labelledby="od-terms">
        <h2 id="od-terms">{t("openData.terms.title")}</h2>
        <p>{t("openData.terms.licence", { publisher: catalogue.publisher.name })}</p>
        <p>{t("openData.terms.limits")}</p>
      </section>
    </>
  );
}
