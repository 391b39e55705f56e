import { KRAKOW_CENTRE } from "@shared/districts.ts";

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

const DEFAULT_VIEW: MapView = { ...KRAKOW_CENTRE, zoom: 12 };

/** The map's view in the URL as `map=zoom/lat/lng` (the OpenStreetMap convention). */
export function readMapView(params: URLSearchParams): MapView {
  const [zoom, lat, lng] = (params.get("map") ?? "").split("/").map(Number);
  const valid = zoom !== undefined && lat !== undefined && lng !== undefined
    && Number.isInteger(zoom) && zoom >= 3 && zoom <= 19 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180;
  return valid ? { zoom, lat, lng } : DEFAULT_VIEW;
}

export function withMapView(current: URLSearchParams, view: MapView): URLSearchParams {
  const next = new URLSearchParams(current);
  next.set("map", `${view.zoom}/${view.lat.toFixed(5)}/${view.lng.toFixed(5)}`);
  return next;
}
