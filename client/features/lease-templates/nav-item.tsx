import { NavLink } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

/** "Wzór umowy" in the main menu, for admins (only they add template versions and see previews). */
export function LeaseTemplatesNavItem() {
  const role = useSession().session?.user?.role;
  if (role !== "admin") return null;
  return <li><NavLink to="/lease-templates">{t("app.navLeaseTemplates")}</NavLink></li>;
}
