import { ACCESSIBILITY_LEVELS } from "@shared/contracts/premises.ts";
import { LevelLabel } from "@client/components/ui/level-label.tsx";
import { t } from "@client/lib/i18n/index.ts";

export function MapLegend() {
  return (
    <div className="map-legend">
      <p className="map-legend__title">{t("map.legend")}</p>
      <ul className="map-legend__items">
        {ACCESSIBILITY_LEVELS.map((level) => (
          <li key={level}><LevelLabel level={level} long /></li>
        ))}
        <li className="map-legend__cluster">
          <span className="map-legend__cluster-sample" aria-hidden="true">5</span>
          {t("map.clusterHint")}
        </li>
      </ul>
    </div>
  );
}
