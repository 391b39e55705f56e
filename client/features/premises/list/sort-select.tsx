import { SORTS } from "@shared/contracts/premises.ts";
import { t } from "@client/lib/i18n/index.ts";
import type { Sort } from "@client/lib/url-state/list-params.ts";

export function SortSelect({ value, onChange }: { value: Sort; onChange: (sort: Sort) => void }) {
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor="list-sort">{t("list.sort")}</label>
      <select
        id="list-sort" className="field__input" value={value}
        onChange={(e) => onChange(SORTS.find((s) => s === e.target.value) ?? "code")}
      >
        {SORTS.map((sort) => <option key={sort} value={sort}>{t(`list.sorts.${sort}`)}</option>)}
      </select>
    </div>
  );
}
