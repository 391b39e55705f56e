import { PremisesPage } from "@shared/contracts/premises.ts";
import { useApiQuery } from "@client/lib/api/queries.ts";
import type { Sort } from "@client/lib/url-state/list-params.ts";

export const PAGE_SIZE = 20;

interface PageQuery {
  filterQuery: string;
  /** null: the whole city. */
  bbox: string | null;
  sort: Sort;
  page: number;
}

/** One page of the premises matching the filters; `enabled` false waits (for the map's first view). */
export function usePremisesPage({ filterQuery, bbox, sort, page }: PageQuery, enabled: boolean) {
  const params = new URLSearchParams(filterQuery);
  if (bbox) params.set("bbox", bbox);
  params.set("sort", sort);
  params.set("page", String(page));
  params.set("pageSize", String(PAGE_SIZE));
  return useApiQuery(enabled ? `/api/premises?${params}` : null, PremisesPage);
}
