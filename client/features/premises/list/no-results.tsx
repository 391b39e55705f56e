import { t } from "@client/lib/i18n/index.ts";

interface NoResultsProps {
  wholeCity: boolean;
  onWholeCity: () => void;
  onClear: () => void;
}

export function NoResults({ wholeCity, onWholeCity, onClear }: NoResultsProps) {
  return (
    <div className="notice">
      <p>{wholeCity ? t("list.noneHintCity") : t("list.noneHintView")}</p>
      <div className="notice__actions">
        {!wholeCity && <button type="button" className="button button--secondary" onClick={onWholeCity}>{t("list.scopeAll")}</button>}
        <button type="button" className="button" onClick={onClear}>{t("filters.clear")}</button>
      </div>
    </div>
  );
}
