import { formatRate } from "@shared/domain/decimal-text.ts";
import { t } from "./i18n/index.ts";

/** "ul. Floriańska 10/2": the address as the API's GeoJSON spells it. */
export function formatAddress(p: { street: string; buildingNo: string; unitNo: string | null }): string {
  return `${p.street} ${p.buildingNo}${p.unitNo ? `/${p.unitNo}` : ""}`;
}

/** "parter", "piętro 2", "suterena/piwnica". */
export function floorLabel(floor: number): string {
  if (floor === 0) return t("floor.ground");
  if (floor > 0) return t("floor.upper", { floor });
  return floor === -1 ? t("floor.basement") : t("floor.deepBasement", { floor: `−${-floor}` });
}

/** "42,50 zł/m² netto": rates are always quoted net, per m², per month. */
export function rentLabel(rate: string): string {
  return t("premises.rentNet", { rate: formatRate(rate) });
}
