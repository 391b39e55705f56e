import { useEffect, useEffectEvent, useRef, useState } from "react";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { t } from "@client/lib/i18n/index.ts";
import type { MapView } from "@client/lib/url-state/map-view-param.ts";
import { MapLegend } from "./map-legend.tsx";
import { PremisesLayer } from "./premises-layer.ts";
import { useCatalogueMap, type ViewChange } from "./use-catalogue-map.ts";
import { usePremisesFeatures } from "./use-premises-features.ts";
import "./map.css";

export interface PremisesMapProps {
  /** The filter parameters of the API (the URL's query string). */
  filterQuery: string;
  /** The settled map view the data is fetched for; null until the map has one. */
  bbox: string | null;
  initialView: MapView;
  highlightedId: string | null;
  onViewChange: (change: ViewChange) => void;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

export function PremisesMap({ filterQuery, bbox, initialView, highlightedId, onViewChange, onSelect, onOpen }: PremisesMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const { map, tilesFailed } = useCatalogueMap(container, initialView, onViewChange);
  const [layer, setLayer] = useState<PremisesLayer | null>(null);
  const select = useEffectEvent(onSelect);
  const open = useEffectEvent(onOpen);
  const { data, error, isFetching: loading, refetch } = usePremisesFeatures(filterQuery, bbox);

  useEffect(() => {
    if (!map) return;
    const created = new PremisesLayer(map, { onSelect: (id) => select(id), onOpen: (id) => open(id) });
    // Leaflet is an external system: its layer exists only after the map is in the DOM, and render
    // needs it. This is the one state update the effect makes, once per map.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setLayer(created);
    return () => created.remove();
  }, [map]);

  useEffect(() => {
    if (layer && data) layer.setFeatures(data.features);
  }, [layer, data]);

  // A new search: a popup about a premises it may no longer include would mislead.
  useEffect(() => {
    map?.closePopup();
  }, [map, filterQuery]);

  useEffect(() => {
    layer?.highlight(highlightedId);
  }, [layer, highlightedId]);

  return (
    <div className="premises-map">
      <div className="premises-map__frame">
        <div
          ref={container}
          className="premises-map__canvas"
          role="region"
          aria-label={t("map.heading")}
          aria-describedby="map-keyboard-hint"
          aria-busy={loading}
        />
        {loading && <p className="premises-map__loading">{t("map.loading")}</p>}
        {error && (
          <div className="premises-map__error">
            <ErrorState error={error} onRetry={() => void refetch()} title={t("map.failed")} compact />
          </div>
        )}
        {/* Over the map, not beside it: a notice that resized the map would move the view and reload the data. */}
        {tilesFailed && <p className="premises-map__notice">{t("map.tilesFailed")}</p>}
      </div>
      <p id="map-keyboard-hint" className="visually-hidden">{t("map.keyboardHint")}</p>
      <MapLegend />
    </div>
  );
}
