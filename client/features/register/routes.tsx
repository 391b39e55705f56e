import type { RouteObject } from "react-router";
import { ImportPage } from "./import-page.tsx";
import { EditPremisesPage, NewPremisesPage } from "./premises-edit-page.tsx";
import { PremisesRegisterPage } from "./register-page.tsx";

export const premisesRegisterRoutes: RouteObject[] = [
  { path: "premises-register", element: <PremisesRegisterPage /> },
  { path: "premises-register/new", element: <NewPremisesPage /> },
  { path: "premises-register/import", element: <ImportPage /> },
  { path: "premises-register/:id", element: <EditPremisesPage /> },
];
