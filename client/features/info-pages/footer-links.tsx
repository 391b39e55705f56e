import { Link } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import "./footer.css";

/** The footer's links: the statement and notices a public body must publish, and the open data. */
export function FooterLinks() {
  return (
    <nav aria-label={t("app.footerNav")}>
      <ul className="site-footer__links">
        <li><Link to="/accessibility-statement">{t("app.footerAccessibility")}</Link></li>
        <li><Link to="/privacy">{t("app.footerPrivacy")}</Link></li>
        <li><Link to="/contact">{t("app.footerContact")}</Link></li>
        <li><Link to="/open-data">{t("app.footerOpenData")}</Link></li>
      </ul>
    </nav>
  );
}
