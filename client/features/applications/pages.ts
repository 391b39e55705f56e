// The applications' pages, one chunk loaded when the first of them is opened (routes.ts).
export { ApplicationPage } from "./application-page.tsx";
export { MyApplicationsPage } from "./my-applications-page.tsx";
export { EditApplicationPage, NewApplicationPage } from "./new-application-page.tsx";
export { ApplicationQueuePage } from "./queue-page.tsx";
export { ReviewPage } from "./review-page.tsx";
