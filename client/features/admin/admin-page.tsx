import { Link } from "react-router";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { t } from "@client/lib/i18n/index.ts";
import "./admin.css";

/** "/admin": what an admin keeps, each a page of its own (the lease template's is the leases feature's). */
export function AdminPage() {
  return (
    <RequireSession roles={["admin"]} otherRole={t("admin.adminOnly")}>
      {() => (
        <div className="page page--medium">
          <PageHeading title={t("admin.title")} />
          <ul className="admin-areas">
            <li><Link to="/admin/rate-policy">{t("admin.policy.title")}</Link><p>{t("admin.policy.summary")}</p></li>
            <li><Link to="/admin/reference-rates">{t("admin.rates.title")}</Link><p>{t("admin.rates.summary")}</p></li>
            <li><Link to="/admin/accounts">{t("admin.accounts.title")}</Link><p>{t("admin.accounts.summary")}</p></li>
            <li><Link to="/lease-templates">{t("admin.templateLink")}</Link><p>{t("admin.templateSummary")}</p></li>
          </ul>
        </div>
      )}
    </RequireSession>
  );
}
