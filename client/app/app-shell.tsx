import type { ReactNode } from "react";
import { Link, NavLink } from "react-router";
import { LanguageSwitch } from "@client/components/language-switch.tsx";
import { SkipLink } from "@client/components/ui/skip-link.tsx";
import { AccountMenu, AccountNavItems } from "@client/features/auth/index.ts";
import { PremisesRegisterNavItem } from "@client/features/premises-register/index.ts";
import { ApplicationsNavItem } from "@client/features/applications/index.ts";
import { LeasesNavItem } from "@client/features/leases/index.ts";
import { LeaseTemplatesNavItem } from "@client/features/lease-templates/index.ts";
import { AdminNavItem } from "@client/features/admin/index.ts";
import { InvestmentsNavItem } from "@client/features/investments/index.ts";
import { FooterLinks } from "@client/features/info-pages/index.ts";
import { t } from "@client/lib/i18n/index.ts";
import { ConfigProvider } from "./config-provider.tsx";

/** The header, navigation and footer around every page (`children`). */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <SkipLink target="main">{t("app.skipToContent")}</SkipLink>
      <header className="site-header">
        <Link to="/" className="site-header__name">{t("app.name")}</Link>
        <nav className="site-nav" aria-label={t("app.navLabel")}>
          <ul>
            <li><NavLink to="/" end>{t("app.navCatalogue")}</NavLink></li>
            <AccountNavItems />
            <PremisesRegisterNavItem />
            <ApplicationsNavItem />
            <LeasesNavItem />
            <InvestmentsNavItem />
            <LeaseTemplatesNavItem />
            <AdminNavItem />
            <li><NavLink to="/dashboard">{t("app.navDashboard")}</NavLink></li>
            <li><NavLink to="/open-data">{t("app.navApi")}</NavLink></li>
          </ul>
        </nav>
        <AccountMenu />
        <LanguageSwitch />
      </header>
      <main id="main" className="app__main" tabIndex={-1}>
        <ConfigProvider>
          {children}
        </ConfigProvider>
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
        <FooterLinks />
      </footer>
    </div>
  );
}
