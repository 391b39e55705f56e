export { FilterPanel } from "./filters/filter-panel.tsx";
export { PremisesList } from "./list/premises-list.tsx";
export { PremisesDetailPage } from "./detail/premises-detail-page.tsx";
export type { BackLinkState } from "./back-link-state.ts";
