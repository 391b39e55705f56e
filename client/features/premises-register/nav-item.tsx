import { NavLink } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

/** "Rejestr lokali" in the main menu, for staff. */
export function PremisesRegisterNavItem() {
  const role = useSession().session?.user?.role;
  if (role !== "officer" && role !== "admin") return null;
  return <li><NavLink to="/premises-register">{t("app.navPremisesRegister")}</NavLink></li>;
}
