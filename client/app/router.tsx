import { createBrowserRouter } from "react-router";
import { authRoutes } from "@client/features/auth/index.ts";
import { organisationRoutes } from "@client/features/organisations/index.ts";
import { premisesRegisterRoutes } from "@client/features/premises-register/index.ts";
import { applicationRoutes } from "@client/features/applications/index.ts";
import { AppShell } from "./app-shell.tsx";
import { CrashPage } from "./crash-page.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

// Every page is loaded when it is first opened: the catalogue brings Leaflet, the officers' pages do not.
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    // Until the first page's code has arrived: nothing, as before the entry script ran.
    HydrateFallback: () => null,
    children: [
      {
        errorElement: <CrashPage />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import("./catalogue-page.tsx")).CataloguePage }) },
          {
            path: "premises/:id",
            lazy: async () => {
              const [{ PremisesDetailPage }, { PremisesQuote }] = await Promise.all([
                import("@client/features/premises-detail/index.ts"), import("@client/features/quote/index.ts"),
              ]);
              return { Component: () => <PremisesDetailPage pricing={(p) => <PremisesQuote premises={p} />} /> };
            },
          },
          ...authRoutes,
          ...organisationRoutes,
          ...premisesRegisterRoutes,
          ...applicationRoutes,
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
