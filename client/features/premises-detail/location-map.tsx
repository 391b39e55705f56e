import L from "leaflet";
import { useEffect, useRef } from "react";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { useConfig } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";
import { createBaseMap } from "@client/lib/map/base-map.ts";
import { levelMarkerIcon } from "@client/lib/map/level-marker.ts";

/** A small map around the premises; the address above says the same in words. */
export function LocationMap({ premises: p, address }: { premises: PremisesDetail; address: string }) {
  const container = useRef<HTMLDivElement>(null);
  const config = useConfig();
  const { lat, lng, accessibilityLevel } = p;

  useEffect(() => {
    if (!container.current) return;
    const map = createBaseMap(container.current, config, { center: [lat, lng], zoom: 16, scrollWheelZoom: false, keyboard: false });
    L.marker([lat, lng], {
      icon: levelMarkerIcon(accessibilityLevel, t("map.marker", { address, level: t(`levelLong.${accessibilityLevel}`) })),
      keyboard: false,
      interactive: false,
    }).addTo(map);
    return () => {
      map.remove();
    };
  }, [config, lat, lng, accessibilityLevel, address]);

  return <div ref={container} className="location-map" role="region" aria-label={t("detail.mapLabel", { address })} />;
}
