import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from "react";
import { matchPath, Route, Routes, type RouteObject } from "react-router";
import { authRoutes } from "@client/features/auth/index.ts";
import { organisationRoutes } from "@client/features/organisations/index.ts";
import { premisesRegisterRoutes } from "@client/features/premises-register/index.ts";
import { applicationRoutes } from "@client/features/applications/index.ts";
import { leaseRoutes } from "@client/features/leases/index.ts";
import { leaseTemplateRoutes } from "@client/features/lease-templates/index.ts";
import { adminRoutes } from "@client/features/admin/index.ts";
import { investmentRoutes } from "@client/features/investments/index.ts";
import { dashboardRoutes } from "@client/features/dashboard/index.ts";
import { openDataRoutes } from "@client/features/open-data/index.ts";
import { infoPageRoutes } from "@client/features/info-pages/index.ts";
import { profileRoutes } from "@client/features/profile/index.ts";
import { loadFeatureMessages } from "@client/lib/i18n/index.ts";
import { NotFoundPage } from "./not-found-page.tsx";
import { RouteErrorBoundary } from "./route-error-boundary.tsx";

/**
 * Declarative routing (BrowserRouter + Routes): the data router (createBrowserRouter) costs about 15 KB
 * brotli more on the home page and none of its data APIs (loaders, actions, useNavigation, useRouteError,
 * ScrollRestoration) is used. Every page is loaded when it is first opened (React.lazy): the catalogue
 * brings Leaflet, the officers' pages do not. The features keep declaring their pages as route objects
 * with `lazy` (the type only); they are turned into lazy components here.
 */
interface LazyPage {
  path: string;
  /** Starts loading the page's code (once) and resolves with it. */
  load: () => Promise<{ default: ComponentType }>;
  Page: LazyExoticComponent<ComponentType>;
}

/**
 * A page; unless it is the catalogue (`homePage`), its code is loaded after the feature pages' strings,
 * not beside them: some modules call `t()` when they are evaluated (a constant's label).
 */
function lazyPage(path: string, loadComponent: () => Promise<ComponentType>, homePage = false): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const load = () => (loading ??= (homePage ? loadComponent() : loadFeatureMessages().then(loadComponent))
    .then((Component) => ({ default: Component })));
  return { path, load, Page: lazy(load) };
}

function fromRouteObjects(routes: RouteObject[]): LazyPage[] {
  return routes.map(({ path, lazy: loadRoute }) => {
    if (path === undefined || typeof loadRoute !== "function") throw new Error(`route ${path ?? "(no path)"} is not a lazy page`);
    return lazyPage(path, async () => {
      const { Component } = await loadRoute();
      if (!Component) throw new Error(`route ${path} has no Component`);
      return Component;
    });
  });
}

const pages: LazyPage[] = [
  lazyPage("/", async () => (await import("./catalogue-page.tsx")).CataloguePage, true),
  lazyPage("premises/:id", async () => {
    const [{ PremisesDetailPage }, { PremisesQuote }] = await Promise.all([
      import("@client/features/premises-detail/index.ts"), import("@client/features/quote/index.ts"),
    ]);
    return function PremisesDetailWithQuote() {
      return <PremisesDetailPage pricing={(p) => <PremisesQuote premises={p} />} />;
    };
  }),
  ...fromRouteObjects(authRoutes),
  ...fromRouteObjects(organisationRoutes),
  ...fromRouteObjects(premisesRegisterRoutes),
  ...fromRouteObjects(applicationRoutes),
  ...fromRouteObjects(leaseRoutes),
  ...fromRouteObjects(leaseTemplateRoutes),
  ...fromRouteObjects(adminRoutes),
  ...fromRouteObjects(investmentRoutes),
  ...fromRouteObjects(dashboardRoutes),
  ...fromRouteObjects(openDataRoutes),
  ...fromRouteObjects(infoPageRoutes),
  ...fromRouteObjects(profileRoutes),
];

// The first page's code starts loading now, with the entry, not once the shell has rendered.
void pages.find(({ path }) => matchPath({ path, end: true }, window.location.pathname))?.load();

/**
 * The pages inside the shell. Navigations are transitions (BrowserRouter's default), so while the next
 * page's code loads the current page stays; on the first load nothing is shown until it has arrived.
 * A page that throws (or whose code fails to load) shows the crash page until the next navigation.
 */
export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={null}>
        <Routes>
          {pages.map(({ path, Page }) => <Route key={path} path={path} element={<Page />} />)}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}
