import L from "leaflet";
import { useEffect, useEffectEvent, useRef } from "react";
import { KRAKOW_CENTRE } from "@shared/districts.ts";
import { useConfig } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";
import { createBaseMap } from "@client/lib/map/base-map.ts";

interface LocationPickerProps {
  lat: number | null;
  lng: number | null;
  onPick: (lat: number, lng: number) => void;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Click the map or drag the marker to set the coordinates. The numeric boxes beside it are the way
 * for keyboard and screen-reader users, so the map itself stays out of the tab order.
 */
export function LocationPicker({ lat, lng, onPick }: LocationPickerProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const pick = useEffectEvent(onPick);
  const config = useConfig();

  useEffect(() => {
    if (!container.current) return;
    const m = createBaseMap(container.current, config, { center: [KRAKOW_CENTRE.lat, KRAKOW_CENTRE.lng], zoom: 12, keyboard: false });
    m.on("click", (e: L.LeafletMouseEvent) => pick(round(e.latlng.lat), round(e.latlng.lng)));
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      marker.current = null;
    };
  }, [config]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (lat === null || lng === null) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      const icon = L.divIcon({ className: "location-picker__marker", iconSize: [24, 24], html: "<span aria-hidden=\"true\"></span>" });
      marker.current = L.marker([lat, lng], { draggable: true, keyboard: false, icon }).addTo(m);
      marker.current.on("dragend", () => {
        const at = marker.current!.getLatLng();
        pick(round(at.lat), round(at.lng));
      });
      m.setView([lat, lng], Math.max(m.getZoom(), 16));
    } else {
      marker.current.setLatLng([lat, lng]);
      if (!m.getBounds().contains([lat, lng])) m.panTo([lat, lng]);
    }
  }, [lat, lng]);

  return <div ref={container} className="location-picker" role="region" aria-label={t("premisesRegister.locationMap")} />;
}
