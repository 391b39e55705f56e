import type { RouteObject } from "react-router";
import { ApplicationPage } from "./application-page.tsx";
import { MyApplicationsPage } from "./my-applications-page.tsx";
import { EditApplicationPage, NewApplicationPage } from "./new-application-page.tsx";
import { ApplicationQueuePage } from "./queue-page.tsx";
import { ReviewPage } from "./review-page.tsx";

export const applicationRoutes: RouteObject[] = [
  { path: "applications/new", element: <NewApplicationPage /> },
  { path: "applications", element: <ApplicationQueuePage /> },
  { path: "applications/:id", element: <ReviewPage /> },
  { path: "my-applications", element: <MyApplicationsPage /> },
  { path: "my-applications/:id", element: <ApplicationPage /> },
  { path: "my-applications/:id/edit", element: <EditApplicationPage /> },
];
