import L from "leaflet";
import "leaflet.markercluster";
import "leaflet.markercluster/dist/MarkerCluster.css";
import { t, tn } from "@client/lib/i18n/index.ts";
import { prefersReducedMotion } from "@client/lib/reduced-motion.ts";
import { levelMarkerIcon } from "@client/lib/map/level-marker.ts";
import { addFirstPhoto, popupContent } from "./popup-content.ts";
import type { PremisesFeature } from "./use-premises-features.ts";

export interface PremisesLayerHandlers {
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

const signature = (f: PremisesFeature) => JSON.stringify([f.geometry.coordinates, f.properties]);

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
  private readonly markers = new Map<string, { marker: L.Marker; signature: string }>();
  private highlightedId: string | null = null;
  private highlightedElement: HTMLElement | null = null;
  private popupOpen = false;
  private pending: PremisesFeature[] | null = null;

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
    map.on("popupopen", this.onPopupOpen);
    map.getContainer().addEventListener("keydown", this.closeOnEscape);
    map.addLayer(this.group);
  }

  remove(): void {
    this.map.off("popupopen", this.onPopupOpen);
    this.map.getContainer().removeEventListener("keydown", this.closeOnEscape);
    this.map.removeLayer(this.group);
  }

  /**
   * Shows exactly `features`, keeping the markers that did not change: a refetch after the map
   * moved must not close the popup the user has open.
   */
  setFeatures(features: PremisesFeature[]): void {
    // The popup's own marker could be swallowed by a cluster: its reader keeps it until they close it.
    if (this.popupOpen) {
      this.pending = features;
      return;
    }
    const next = new Map(features.map((f) => [f.properties.id, f]));
    const stale: L.Marker[] = [];
    for (const [id, entry] of this.markers) {
      const feature = next.get(id);
      if (feature && signature(feature) === entry.signature) continue;
      stale.push(entry.marker);
      this.markers.delete(id);
    }
    this.group.removeLayers(stale);
    const added = features.filter((f) => !this.markers.has(f.properties.id)).map((f) => this.createMarker(f));
    this.group.addLayers(added);
    this.highlight(this.highlightedId);
  }

  private createMarker(feature: PremisesFeature): L.Marker {
    const p = feature.properties;
    const [lng, lat] = feature.geometry.coordinates;
    const label = t("map.marker", { address: p.address, level: t(`levelLong.${p.level}`) });
    const marker = L.marker([lat, lng], { icon: levelMarkerIcon(p.level, label), riseOnHover: true });
    // Leaflet calls the content function on every update: one content per opening, its photo asked for once.
    let content: HTMLElement | undefined;
    marker.bindPopup(() => {
      if (!content) {
        content = popupContent(p, this.handlers.onOpen);
        void addFirstPhoto(content, p.id, () => marker.getPopup()?.update());
      }
      return content;
      // Room at the top for the notices over the map (tiles unavailable, loading): a popup's title is never under them.
    }, { maxWidth: 260, autoPanPaddingTopLeft: L.point(16, 96), autoPanPaddingBottomRight: L.point(16, 16) });
    marker.on("popupclose", () => { content = undefined; });
    marker.on("popupopen", () => this.handlers.onSelect(p.id));
    this.markers.set(p.id, { marker, signature: signature(feature) });
    return marker;
  }

  /** Marks the premises' marker, or the cluster that holds it. */
  highlight(id: string | null): void {
    this.highlightedElement?.classList.remove("is-highlighted");
    this.highlightedId = id;
    const marker = id === null ? undefined : this.markers.get(id)?.marker;
    const visible = marker ? (this.group.getVisibleParent(marker) as L.Marker | null) : null;
    this.highlightedElement = visible?.getElement() ?? null;
    this.highlightedElement?.classList.add("is-highlighted");
  }

  // Leaflet closes a popup on Escape only while the map itself has the focus, not a marker or a link.
  private readonly closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === "Escape") this.map.closePopup();
  };

  private readonly onPopupOpen = ({ popup }: L.PopupEvent): void => {
    const element = popup.getElement();
    element?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", t("map.closePopup"));
    const opener = document.activeElement;
    const byKeyboard = opener instanceof HTMLElement && opener.classList.contains("premises-marker");
    if (byKeyboard) element?.querySelector<HTMLElement>(".map-popup__link")?.focus({ preventScroll: true });
    this.popupOpen = true;
    popup.once("remove", () => {
      this.popupOpen = false;
      if (this.pending) this.setFeatures(this.pending);
      this.pending = null;
      const focusLost = element?.contains(document.activeElement) || document.activeElement === document.body;
      if (!byKeyboard || !focusLost) return;
      (opener.isConnected ? opener : this.map.getContainer()).focus({ preventScroll: true });
    });
  };
}
