import {
  ACCESSIBILITY_FEATURES, ACCESSIBILITY_LEVELS, CONDITIONS, STATUSES, USES,
  type AccessibilityFeature, type Condition, type Status, type Use,
} from "@shared/contracts/premises.ts";
import type { AccessibilityLevel } from "@shared/domain/accessibility.ts";
import { DISTRICT_IDS, type DistrictId } from "@shared/districts.ts";

/** The catalogue filters as the form holds them and the URL shows them (same names as the API). */
export interface FilterValues {
  q: string;
  district: DistrictId[];
  minArea: string;
  maxArea: string;
  maxRent: string;
  condition: Condition[];
  accessibility: AccessibilityLevel[];
  features: AccessibilityFeature[];
  use: Use[];
  status: Status[];
  socialPool: "" | "true" | "false";
}

const LISTS = {
  district: DISTRICT_IDS,
  condition: CONDITIONS,
  accessibility: ACCESSIBILITY_LEVELS,
  features: ACCESSIBILITY_FEATURES,
  use: USES,
  status: STATUSES,
} as const;
const AMOUNTS = ["minArea", "maxArea", "maxRent"] as const;
const FILTER_PARAMS = ["q", "socialPool", ...AMOUNTS, ...Object.keys(LISTS)];

/** What the API shows when the status parameter is absent. */
const DEFAULT_STATUS: Status[] = ["available"];

export const NO_FILTERS: FilterValues = {
  q: "", district: [], minArea: "", maxArea: "", maxRent: "", condition: [], accessibility: [],
  features: [], use: [], status: DEFAULT_STATUS, socialPool: "",
};

/** Values in the canonical order of their enum, so one search always has one URL. */
function pick<T extends string>(allowed: readonly T[], chosen: readonly string[]): T[] {
  return allowed.filter((value) => chosen.includes(value));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Reads the filters from a URL, dropping values it does not know (a hand-edited or outdated link). */
export function readFilters(params: URLSearchParams): FilterValues {
  const list = (name: keyof typeof LISTS) => (params.get(name) ?? "").split(",").map((v) => v.trim());
  const amount = (name: (typeof AMOUNTS)[number]) => (params.get(name) ?? "").replace(".", ",");
  const socialPool = params.get("socialPool");
  return {
    q: params.get("q") ?? "",
    district: pick(DISTRICT_IDS, list("district")),
    minArea: amount("minArea"),
    maxArea: amount("maxArea"),
    maxRent: amount("maxRent"),
    condition: pick(CONDITIONS, list("condition")),
    accessibility: pick(ACCESSIBILITY_LEVELS, list("accessibility")),
    features: pick(ACCESSIBILITY_FEATURES, list("features")),
    use: pick(USES, list("use")),
    status: params.has("status") ? pick(STATUSES, list("status")) : DEFAULT_STATUS,
    socialPool: socialPool === "true" || socialPool === "false" ? socialPool : "",
  };
}

/** The filters as a form holds them: text as typed, the ticked boxes of each group under the group's name. */
export function readFilterForm(data: FormData): FilterValues {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" ? value : "";
  };
  const list = (name: keyof typeof LISTS) => data.getAll(name).filter((v) => typeof v === "string");
  const socialPool = text("socialPool");
  return {
    q: text("q"),
    district: pick(DISTRICT_IDS, list("district")),
    minArea: text("minArea"),
    maxArea: text("maxArea"),
    maxRent: text("maxRent"),
    condition: pick(CONDITIONS, list("condition")),
    accessibility: pick(ACCESSIBILITY_LEVELS, list("accessibility")),
    features: pick(ACCESSIBILITY_FEATURES, list("features")),
    use: pick(USES, list("use")),
    status: pick(STATUSES, list("status")),
    socialPool: socialPool === "true" || socialPool === "false" ? socialPool : "",
  };
}

/** The filters as API query parameters; defaults are left out. No status ticked means every status. */
export function filterParams(values: FilterValues): URLSearchParams {
  const params = new URLSearchParams();
  const q = values.q.trim();
  if (q) params.set("q", q);
  for (const name of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    if (name === "status") continue;
    const chosen = pick<string>(LISTS[name], values[name]);
    if (chosen.length) params.set(name, chosen.join(","));
  }
  for (const name of AMOUNTS) {
    const amount = values[name].trim().replace(",", ".");
    if (amount) params.set(name, amount);
  }
  const status = values.status.length ? pick(STATUSES, values.status) : [...STATUSES];
  if (!sameList(status, DEFAULT_STATUS)) params.set("status", status.join(","));
  if (values.socialPool) params.set("socialPool", values.socialPool);
  return params;
}

/** `current` with its filters replaced by `values`; a new search starts again at page 1. */
export function withFilters(current: URLSearchParams, values: FilterValues): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of [...FILTER_PARAMS, "page"]) next.delete(name);
  for (const [name, value] of filterParams(values)) next.set(name, value);
  return next;
}

/** How many groups of the form narrow the search. */
export function activeFilterCount(params: URLSearchParams): number {
  return [...filterParams(readFilters(params)).keys()].length;
}
