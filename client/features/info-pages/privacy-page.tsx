import { t } from "@client/lib/i18n/index.ts";
import { ContactBlock } from "./contact-block.tsx";
import { InfoPage } from "./info-page.tsx";

/** "/privacy": the information clause of art. 13 GDPR for applicants, officers and visitors. */
export function PrivacyPage() {
  return (
    <InfoPage title={t("info.privacy.title")}>
      {(publisher) => (
        <>
          <p>{t("info.privacy.intro")}</p>
          <h2>{t("info.privacy.controllerTitle")}</h2>
          <p>{t("info.privacy.controller", { publisher: publisher.name, address: publisher.address })}</p>
          <ContactBlock publisher={publisher} />
          <p>{t("info.privacy.dpo")}</p>
          <h2>{t("info.privacy.whatTitle")}</h2>
          <ul>
            <li>{t("info.privacy.whatAccount")}</li>
            <li>{t("info.privacy.whatOrganisation")}</li>
            <li>{t("info.privacy.whatApplication")}</li>
            <li>{t("info.privacy.whatDecision")}</li>
            <li>{t("info.privacy.whatLease")}</li>
            <li>{t("info.privacy.whatAudit")}</li>
            <li>{t("info.privacy.whatTechnical")}</li>
          </ul>
          <h2>{t("info.privacy.basisTitle")}</h2>
          <ul>
            <li>{t("info.privacy.basisPublicTask")}</li>
            <li>{t("info.privacy.basisContract")}</li>
            <li>{t("info.privacy.basisLegal")}</li>
          </ul>
          <h2>{t("info.privacy.recipientsTitle")}</h2>
          <p>{t("info.privacy.recipients")}</p>
          <h2>{t("info.privacy.retentionTitle")}</h2>
          <ul>
            <li>{t("info.privacy.retentionRecords")}</li>
            <li>{t("info.privacy.retentionAid")}</li>
            <li>{t("info.privacy.retentionAccount")}</li>
            <li>{t("info.privacy.retentionTechnical")}</li>
          </ul>
          <h2>{t("info.privacy.rightsTitle")}</h2>
          <p>{t("info.privacy.rights")}</p>
          <p>{t("info.privacy.complaint")}</p>
          <h2>{t("info.privacy.otherTitle")}</h2>
          <p>{t("info.privacy.required")}</p>
          <p>{t("info.privacy.automated")}</p>
          <p>{t("info.privacy.cookies")}</p>
        </>
      )}
    </InfoPage>
  );
}
