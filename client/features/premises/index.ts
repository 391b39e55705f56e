export { FilterPanel } from "./filters/filter-panel.tsx";
export { PremisesList } from "./list/premises-list.tsx";
