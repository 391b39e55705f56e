import type L from "leaflet";
import { useEffect, useEffectEvent, useState, type RefObject } from "react";
import { useConfig } from "@client/lib/config/client-config.ts";
import { createBaseMap } from "@client/lib/map/base-map.ts";
import type { MapView } from "@client/lib/url-state/map-view-param.ts";

export interface ViewChange {
  /** minLng,minLat,maxLng,maxLat as the API takes it. */
  bbox: string;
  view: MapView;
  /** The user moved or zoomed the map (not its first view, not a resize). */
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
    let resizing = false;
    created.on("moveend", () => reportView(viewOf(created, !resizing)));
    // Leaflet is an external system: the map exists only once its container is in the DOM, and the
    // layers rendered on it need it. One update, once per mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setMap(created);
    reportView(viewOf(created, false));
    // The layout changed the map's size (a phone turned, the window resized): Leaflet must be told,
    // and the new view is not the user's doing.
    const resize = new ResizeObserver(() => {
      resizing = true;
      created.invalidateSize();
      resizing = false;
    });
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      created.off("moveend");
      created.remove();
      setMap(null);
    };
  }, [container, config, start]);

  return { map, tilesFailed };
}
