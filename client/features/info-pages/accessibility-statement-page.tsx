import { formatDate } from "@shared/domain/dates.ts";
import { t } from "@client/lib/i18n/index.ts";
import { ContactBlock } from "./contact-block.tsx";
import { InfoPage } from "./info-page.tsx";
import { STATEMENT } from "./statement-facts.ts";

/**
 * "/accessibility-statement": the deklaracja dostępności in the structure the Act of 4 April 2019 on the
 * digital accessibility of public bodies' websites requires (and the minister's template): the entity and
 * site, dates, compliance status, what is not accessible, how the statement was prepared, feedback and
 * contact, the request and complaint procedure, architectural accessibility, mobile apps.
 */
export function AccessibilityStatementPage() {
  return (
    <InfoPage title={t("info.accessibility.title")}>
      {(publisher) => (
        <>
          <p id="a11y-url">{t("info.accessibility.intro", { publisher: publisher.name, site: window.location.origin })}</p>
          <h2>{t("info.accessibility.datesTitle")}</h2>
          <dl>
            <dt>{t("info.accessibility.published")}</dt><dd id="a11y-publication-date">{formatDate(STATEMENT.publishedOn)}</dd>
            <dt>{t("info.accessibility.updated")}</dt><dd id="a11y-update-date">{formatDate(STATEMENT.updatedOn)}</dd>
          </dl>
          <h2>{t("info.accessibility.statusTitle")}</h2>
          <p id="a11y-status">{t("info.accessibility.status")}</p>
          <h2>{t("info.accessibility.gapsTitle")}</h2>
          <ul>
            <li>{t("info.accessibility.gapMap")}</li>
            <li>{t("info.accessibility.gapCharts")}</li>
            <li>{t("info.accessibility.gapPdf")}</li>
            <li>{t("info.accessibility.gapFiles")}</li>
          </ul>
          <h2>{t("info.accessibility.preparedTitle")}</h2>
          <p>{t("info.accessibility.prepared", { date: formatDate(STATEMENT.preparedOn) })}</p>
          <p>{t("info.accessibility.axe", { date: formatDate(STATEMENT.axeCheck.date), tool: STATEMENT.axeCheck.tool, pages: STATEMENT.axeCheck.pages.join(", ") })}</p>
          <h2>{t("info.accessibility.feedbackTitle")}</h2>
          <p>{t("info.accessibility.feedback")}</p>
          <ContactBlock publisher={publisher} />
          <h2>{t("info.accessibility.procedureTitle")}</h2>
          <p>{t("info.accessibility.procedure1")}</p>
          <p>{t("info.accessibility.procedure2")}</p>
          <p>{t("info.accessibility.procedure3")}</p>
          <h2>{t("info.accessibility.buildingTitle")}</h2>
          <p>{t("info.accessibility.building", { publisher: publisher.name, address: publisher.address })}</p>
          <p>{t("info.accessibility.dog")}</p>
          <p>{t("info.accessibility.signLanguage")}</p>
          <h2>{t("info.accessibility.appsTitle")}</h2>
          <p>{t("info.accessibility.apps")}</p>
        </>
      )}
    </InfoPage>
  );
}
