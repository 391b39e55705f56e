import type { AccessibilityLevel } from "@shared/domain/accessibility.ts";

/**
 * One symbol per accessibility level, told apart by shape and mark as well as by colour (blue,
 * orange, dark grey: distinct for the common colour-vision deficiencies; white marks at >= 5:1).
 */
const SYMBOLS: Record<AccessibilityLevel, { shape: string; mark: string; colour: string }> = {
  full: { shape: "M12 1.2a10.8 10.8 0 1 1 0 21.6a10.8 10.8 0 1 1 0-21.6Z", mark: "M7 12.4l3.3 3.3 6.9-6.9", colour: "#005ea5" },
  partial: { shape: "M12 .6 23.4 12 12 23.4.6 12Z", mark: "M7.2 12h9.6", colour: "#a65200" },
  none: { shape: "M2 2h20v20H2Z", mark: "M8 8l8 8m0-8-8 8", colour: "#3d3d3d" },
};

/** The inner SVG markup (viewBox 0 0 24 24) of a level's symbol: built from constants only. */
export function levelSymbolMarkup(level: AccessibilityLevel): string {
  const { shape, mark, colour } = SYMBOLS[level];
  return `<path d="${shape}" fill="${colour}" stroke="#fff" stroke-width="1.5"/>`
    + `<path d="${mark}" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>`;
}
