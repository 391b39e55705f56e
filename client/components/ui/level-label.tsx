import type { AccessibilityLevel } from "@shared/domain/accessibility.ts";
import { t } from "@client/lib/i18n/index.ts";
import { LevelSymbol } from "./level-symbol.tsx";

/** An accessibility level as symbol plus words, e.g. "◆ częściowa". */
export function LevelLabel({ level, long = false }: { level: AccessibilityLevel; long?: boolean }) {
  return (
    <span className="level-label">
      <LevelSymbol level={level} />
      {long ? t(`levelLong.${level}`) : t(`level.${level}`)}
    </span>
  );
}
