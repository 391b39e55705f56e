import { NavLink } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

/** "Moje wnioski" for applicants, "Wnioski" (the queue) for staff, in the main menu. */
export function ApplicationsNavItem() {
  const role = useSession().session?.user?.role;
  if (role === "applicant") return <li><NavLink to="/my-applications">{t("app.navMyApplications")}</NavLink></li>;
  if (role === "officer" || role === "admin") return <li><NavLink to="/applications" end={false}>{t("app.navApplicationQueue")}</NavLink></li>;
  return null;
}
