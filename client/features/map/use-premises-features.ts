import type { z } from "zod";
import { PremisesFeatureCollection } from "@shared/contracts/premises.ts";
import { useApiQuery } from "@client/lib/api/queries.ts";

export type PremisesFeature = z.output<typeof PremisesFeatureCollection>["features"][number];

/** The premises matching the filters inside `bbox`, as light GeoJSON points (revalidated by ETag). */
export function usePremisesFeatures(filterQuery: string, bbox: string | null) {
  let url: string | null = null;
  if (bbox !== null) {
    const params = new URLSearchParams(filterQuery);
    params.set("bbox", bbox);
    url = `/api/premises.geojson?${params}`;
  }
  return useApiQuery(url, PremisesFeatureCollection);
}
