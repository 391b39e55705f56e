import { NavLink } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

/** "Nakłady" for staff, opening on the investments waiting for them (consent or acceptance). */
export function InvestmentsNavItem() {
  const role = useSession().session?.user?.role;
  if (role !== "officer" && role !== "admin") return null;
  return <li><NavLink to="/investments?status=proposed,completed" end={false}>{t("app.navInvestments")}</NavLink></li>;
}
