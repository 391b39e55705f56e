import { OpenDataCatalogue } from "@shared/contracts/statistics.ts";
import { useApiQuery } from "@client/lib/api/queries.ts";

/** The site's publisher (PUBLISHER_* settings), from the open-data catalogue; null while it loads. */
export function usePublisher() {
  const { data, error, refetch } = useApiQuery("/api/open-data", OpenDataCatalogue, { staleTime: 5 * 60_000 });
  return { publisher: data?.publisher ?? null, error, refetch };
}
