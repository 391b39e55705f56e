import { NavLink } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";

/** "Administracja" in the main menu, for admins only. */
export function AdminNavItem() {
  const role = useSession().session?.user?.role;
  if (role !== "admin") return null;
  return <li><NavLink to="/admin">{t("app.navAdmin")}</NavLink></li>;
}
