import L from "leaflet";
import "leaflet.markercluster";
import "leaflet.markercluster/dist/MarkerCluster.css";
import { t, tn } from "@client/lib/i18n/index.ts";
import { prefersReducedMotion } from "@client/lib/map/base-map.ts";
import { levelMarkerIcon } from "@client/lib/map/level-marker.ts";
import { popupContent } from "./popup-content.ts";
import type { PremisesFeature } from "./use-premises-features.ts";

export interface PremisesLayerHandlers {
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getChildCount();
  const html = document.createElement("span");
  html.className = "premises-cluster__body";
  const digits = document.createElement("span");
  digits.setAttribute("aria-hidden", "true");
  digits.textContent = String(count);
  const name = document.createElement("span");
  name.className = "visually-hidden";
  name.textContent = tn("map.cluster", count);
  html.append(digits, name);
  const size = count < 10 ? 36 : count < 50 ? 42 : 48;
  return L.divIcon({ html, className: "premises-cluster", iconSize: [size, size] });
}

/** The premises markers, clustered, with popups; one marker can be highlighted from the list. */
export class PremisesLayer {
  private readonly group: L.MarkerClusterGroup;
  private readonly markers = new Map<string, L.Marker>();
  private highlightedId: string | null = null;
  private highlightedElement: HTMLElement | null = null;

  constructor(private readonly map: L.Map, private readonly handlers: PremisesLayerHandlers) {
    this.group = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 48,
      animate: !prefersReducedMotion(),
      iconCreateFunction: clusterIcon,
    });
    // A cluster opened by keyboard disappears; hand the focus back to the map rather than the page.
    this.group.on("clusterkeypress", () => map.once("moveend", () => map.getContainer().focus({ preventScroll: true })));
    this.group.on("animationend", () => this.highlight(this.highlightedId));
    map.on("popupopen", this.onPopupOpen, this);
    map.addLayer(this.group);
  }

  remove(): void {
    this.map.off("popupopen", this.onPopupOpen, this);
    this.map.removeLayer(this.group);
  }

  setFeatures(features: PremisesFeature[]): void {
    this.group.clearLayers();
    this.markers.clear();
    const markers = features.map((feature) => {
      const p = feature.properties;
      const [lng, lat] = feature.geometry.coordinates;
      const label = t("map.marker", { address: p.address, level: t(`levelLong.${p.level}`) });
      const marker = L.marker([lat, lng], { icon: levelMarkerIcon(p.level, label), riseOnHover: true });
      marker.bindPopup(() => popupContent(p, this.handlers.onOpen), { maxWidth: 260 });
      marker.on("popupopen", () => this.handlers.onSelect(p.id));
      this.markers.set(p.id, marker);
      return marker;
    });
    this.group.addLayers(markers);
    this.highlight(this.highlightedId);
  }

  /** Marks the premises' marker, or the cluster that holds it. */
  highlight(id: string | null): void {
    this.highlightedElement?.classList.remove("is-highlighted");
    this.highlightedId = id;
    const marker = id === null ? undefined : this.markers.get(id);
    const visible = marker ? (this.group.getVisibleParent(marker) as L.Marker | null) : null;
    this.highlightedElement = visible?.getElement() ?? null;
    this.highlightedElement?.classList.add("is-highlighted");
  }

  private onPopupOpen({ popup }: L.PopupEvent): void {
    const element = popup.getElement();
    element?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", t("map.closePopup"));
    const opener = document.activeElement;
    if (opener instanceof HTMLElement && opener.classList.contains("premises-marker")) {
      element?.querySelector<HTMLElement>(".map-popup__link")?.focus({ preventScroll: true });
      popup.once("remove", () => {
        if (!element?.contains(document.activeElement) && document.activeElement !== document.body) return;
        if (opener.isConnected) opener.focus({ preventScroll: true });
      });
    }
  }
}
