import L from "leaflet";
import type { AccessibilityLevel } from "@shared/domain/accessibility.ts";
import { levelSymbolMarkup } from "@client/lib/level-symbol.ts";

const SIZE = 30;

/** A marker icon in the shape of the accessibility level, named `label` for screen readers. */
export function levelMarkerIcon(level: AccessibilityLevel, label: string): L.DivIcon {
  const html = document.createElement("span");
  html.className = "premises-marker__body";
  html.innerHTML = `<svg viewBox="0 0 24 24" width="${SIZE}" height="${SIZE}" aria-hidden="true" focusable="false">${levelSymbolMarkup(level)}</svg>`;
  const name = document.createElement("span");
  name.className = "visually-hidden";
  name.textContent = label;
  html.append(name);
  return L.divIcon({ html, className: `premises-marker premises-marker--${level}`, iconSize: [SIZE, SIZE] });
}
