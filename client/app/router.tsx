import { createBrowserRouter } from "react-router";
import { PremisesDetailPage } from "@client/features/premises/index.ts";
import { PremisesQuote } from "@client/features/quote/index.ts";
import { authRoutes } from "@client/features/auth/index.ts";
import { organisationRoutes } from "@client/features/organisations/index.ts";
import { premisesRegisterRoutes } from "@client/features/register/index.ts";
import { applicationRoutes } from "@client/features/applications/index.ts";
import { AppShell } from "./app-shell.tsx";
import { CataloguePage } from "./catalogue-page.tsx";
import { CrashPage } from "./crash-page.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      {
        errorElement: <CrashPage />,
        children: [
          { index: true, element: <CataloguePage /> },
          { path: "premises/:id", element: <PremisesDetailPage pricing={(p) => <PremisesQuote premises={p} />} /> },
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
