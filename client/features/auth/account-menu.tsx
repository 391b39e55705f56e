import { Link, NavLink, useNavigate } from "react-router";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { t } from "@client/lib/i18n/index.ts";
import { anonymousSession, useSession } from "@client/lib/session/session.tsx";
import "./auth.css";

/** The header's account area: who is signed in and "sign out", or the way to sign in. */
export function AccountMenu() {
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const signOutRequest = useApiMutation(() => request("/api/auth/logout", { method: "POST" }), []);
  if (!session) return null;
  if (!session.user) return <Link to="/sign-in" className="account-menu__sign-in">{t("account.signIn")}</Link>;

  const signOut = async () => {
    try {
      await signOutRequest.mutateAsync();
    } finally {
      setSession(anonymousSession);
      void navigate("/");
    }
  };

  return (
    <div className="account-menu">
      <span className="account-menu__user">{t("account.signedInAs", { name: session.user.name, role: t(`account.role.${session.user.role}`) })}</span>
      <Link to="/account" className="account-menu__account">{t("account.navMyAccount")}</Link>
      <Link to="/profile" className="account-menu__profile">{t("account.profileLink")}</Link>
      <button type="button" className="account-menu__sign-out" onClick={() => void signOut()}>{t("account.signOut")}</button>
    </div>
  );
}

/** The menu entries of the signed-in user's role, as list items of the main menu. */
export function AccountNavItems() {
  const { session } = useSession();
  const role = session?.user?.role;
  if (role === "applicant") return <li><NavLink to="/my-organisation">{t("account.navMyOrganisation")}</NavLink></li>;
  if (role === "officer" || role === "admin") return <li><NavLink to="/organisations">{t("account.navOrganisations")}</NavLink></li>;
  return null;
}
