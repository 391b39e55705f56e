export { PremisesMap } from "./premises-map.tsx";
export type { ViewChange } from "./use-catalogue-map.ts";
