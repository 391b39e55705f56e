import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { ClientConfig } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";
import { prefersReducedMotion } from "@client/lib/reduced-motion.ts";

/**
 * A Leaflet map with the configured tile server, Polish controls and no animation for users who
 * asked for less motion. `onTilesFailed` runs once when the tile server cannot be reached.
 */
export function createBaseMap(element: HTMLElement, config: ClientConfig, options: L.MapOptions, onTilesFailed?: () => void): L.Map {
  const animate = !prefersReducedMotion();
  const map = L.map(element, {
    zoomControl: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    ...options,
  });
  L.control.zoom({ zoomInTitle: t("map.zoomIn"), zoomOutTitle: t("map.zoomOut") }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  const tiles = L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: 19 });
  if (onTilesFailed) tiles.once("tileerror", onTilesFailed);
  tiles.addTo(map);
  return map;
}
