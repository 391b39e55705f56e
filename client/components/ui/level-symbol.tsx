import type { AccessibilityLevel } from "@shared/domain/accessibility.ts";
import { levelSymbolMarkup } from "@client/lib/level-symbol.ts";

/** The shape of an accessibility level; decorative, so always shown next to the level in words. */
export function LevelSymbol({ level, size = 20 }: { level: AccessibilityLevel; size?: number }) {
  return (
    <svg
      className="level-symbol"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      dangerouslySetInnerHTML={{ __html: levelSymbolMarkup(level) }}
    />
  );
}
