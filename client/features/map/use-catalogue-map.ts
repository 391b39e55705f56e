import type L from "leaflet";
import { useEffect, useEffectEvent, useState, type RefObject } from "react";
import { useConfig } from "@client/lib/config/client-config.ts";
import { createBaseMap } from "@client/lib/map/base-map.ts";
import type { MapView } from "@client/lib/url-state/map-view-param.ts";

export interface ViewChange {
  /** minLng,minLat,maxLng,maxLat as the API takes it. */
  bbox: string;
  view: MapView;
  /** False for the first view after the map appears. */
  moved: boolean;
}

const coordinate = (n: number) => n.toFixed(5);

function viewOf(map: L.Map, moved: boolean): ViewChange {
  const b = map.getBounds();
  const clamp = (n: number, limit: number) => Math.max(-limit, Math.min(limit, n));
  const bbox = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].map(coordinate).join(",");
  const centre = map.getCenter();
  return { bbox, view: { lat: centre.lat, lng: centre.lng, zoom: map.getZoom() }, moved };
}

/** Creates the catalogue's map in `container` and reports every view the user settles on. */
export function useCatalogueMap(
  container: RefObject<HTMLDivElement | null>,
  initialView: MapView,
  onViewChange: (change: ViewChange) => void,
): { map: L.Map | null; tilesFailed: boolean } {
  const config = useConfig();
  const [map, setMap] = useState<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const reportView = useEffectEvent(onViewChange);
  const [start] = useState(initialView);

  useEffect(() => {
    if (!container.current) return;
    const created = createBaseMap(container.current, config, { center: [start.lat, start.lng], zoom: start.zoom, minZoom: 10 }, () => setTilesFailed(true));
    created.on("moveend", () => reportView(viewOf(created, true)));
    setMap(created);
    reportView(viewOf(created, false));
    // The layout changes the map's size (a phone turned, the window resized): Leaflet must be told.
    const resize = new ResizeObserver(() => created.invalidateSize());
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      created.remove();
      setMap(null);
    };
  }, [container, config, start]);

  return { map, tilesFailed };
}
