import {
  ACCESSIBILITY_FEATURES, ACCESSIBILITY_LEVELS, CONDITIONS, STATUSES, USES,
} from "@shared/contracts/premises.ts";
import { MIN_DOOR_WIDTH_CM } from "@shared/domain/accessibility.ts";
import { validationMessage } from "@shared/i18n/validation.ts";
import { ChoiceGroup } from "@client/components/ui/choice-group.tsx";
import { LevelSymbol } from "@client/components/ui/level-symbol.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useConfig } from "@client/lib/config/client-config.ts";
import { lang, t } from "@client/lib/i18n/index.ts";
import type { FilterErrors } from "./filter-form-schema.ts";

/** The boxes of the filter form, uncontrolled: the panel reads them with FormData and fills them from the URL. */
export function FilterFields({ errors }: { errors: FilterErrors }) {
  const { districts } = useConfig();
  const message = (name: "minArea" | "maxArea" | "maxRent" | "q") => {
    const key = errors[name];
    return key ? validationMessage(key, lang) : undefined;
  };

  return (
    <>
      <TextField id="filter-q" type="search" label={t("filters.q")} hint={t("filters.qHint")} error={message("q")} autoComplete="off" name="q" />
      <ChoiceGroup
        type="checkbox" legend={t("filters.districts")} hint={t("filters.anyHint")} registration={{ name: "district" }} scroll
        choices={districts.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))}
      />
      <ChoiceGroup
        type="checkbox" legend={t("filters.accessibility")} hint={t("filters.anyHint")} registration={{ name: "accessibility" }}
        choices={ACCESSIBILITY_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`), icon: <LevelSymbol level={level} /> }))}
      />
      <ChoiceGroup
        type="checkbox" legend={t("filters.features")} hint={t("filters.featuresHint")} registration={{ name: "features" }}
        choices={ACCESSIBILITY_FEATURES.map((f) => ({ value: f, label: t(`feature.${f}`, { min: MIN_DOOR_WIDTH_CM }) }))}
      />
      <fieldset className="choice-group">
        <legend className="choice-group__legend">{t("filters.area")}</legend>
        <div className="filters__range">
          <TextField id="filter-minArea" label={t("filters.minArea")} inputMode="decimal" suffix={t("filters.areaSuffix")} error={message("minArea")} name="minArea" />
          <TextField id="filter-maxArea" label={t("filters.maxArea")} inputMode="decimal" suffix={t("filters.areaSuffix")} error={message("maxArea")} name="maxArea" />
        </div>
      </fieldset>
      <TextField
        id="filter-maxRent" label={`${t("filters.maxRent")} (${t("filters.maxRentUnit")})`} inputMode="decimal" suffix={t("filters.rentSuffix")}
        error={message("maxRent")} name="maxRent"
      />
      <ChoiceGroup
        type="checkbox" legend={t("filters.use")} hint={t("filters.useHint")} registration={{ name: "use" }}
        choices={USES.map((use) => ({ value: use, label: t(`use.${use}`) }))}
      />
      <ChoiceGroup
        type="checkbox" legend={t("filters.condition")} hint={t("filters.anyHint")} registration={{ name: "condition" }}
        choices={CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))}
      />
      <ChoiceGroup
        type="radio" legend={t("filters.socialPool")} registration={{ name: "socialPool" }}
        choices={[
          { value: "", label: t("filters.socialPoolAny") },
          { value: "true", label: t("filters.socialPoolOnly") },
          { value: "false", label: t("filters.socialPoolExcluded") },
        ]}
      />
      <ChoiceGroup
        type="checkbox" legend={t("filters.status")} hint={t("filters.statusHint")} registration={{ name: "status" }}
        choices={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
    </>
  );
}
