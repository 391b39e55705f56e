import { Link } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import { ContactBlock } from "./contact-block.tsx";
import { InfoPage } from "./info-page.tsx";

/** "/contact": who runs the site and how to reach them. */
export function ContactPage() {
  return (
    <InfoPage title={t("info.contact.title")}>
      {(publisher) => (
        <>
          <p>{t("info.contact.intro")}</p>
          <ContactBlock publisher={publisher} />
          <p>{t("info.contact.accessibility")} <Link to="/accessibility-statement">{t("info.accessibility.title")}</Link>.</p>
          <p>{t("info.contact.privacy")} <Link to="/privacy">{t("info.privacy.title")}</Link>.</p>
        </>
      )}
    </InfoPage>
  );
}
