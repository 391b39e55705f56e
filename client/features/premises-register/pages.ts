// The officers' register, one chunk loaded when the first of its pages is opened (routes.ts); the
// location picker, and Leaflet with it, only when a form is.
export { ImportPage } from "./import-page.tsx";
export { EditPremisesPage, NewPremisesPage } from "./premises-edit-page.tsx";
export { PremisesRegisterPage } from "./premises-register-page.tsx";
