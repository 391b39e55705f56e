import { NavLink } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

/** "Moje umowy" for tenants (applicants), "Umowy najmu" for staff, in the main menu. */
export function LeasesNavItem() {
  const role = useSession().session?.user?.role;
  if (role === "applicant") return <li><NavLink to="/my-leases">{t("app.navMyLeases")}</NavLink></li>;
  if (role === "officer" || role === "admin") return <li><NavLink to="/leases" end={false}>{t("app.navLeases")}</NavLink></li>;
  return null;
}
