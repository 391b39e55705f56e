import { ACCESSIBILITY_LEVELS, type PremisesDetail } from "@shared/contracts/premises.ts";
import { MIN_DOOR_WIDTH_CM } from "@shared/domain/accessibility.ts";
import { LevelSymbol } from "@client/components/ui/level-symbol.tsx";
import { t } from "@client/lib/i18n/index.ts";
import { CheckItem, checkOf, type CheckState } from "./check-mark.tsx";

function doorWidth(width: number | null): { state: CheckState; value: string } {
  if (width === null) return { state: "unknown", value: t("detail.doorUnknown") };
  const value = t("detail.doorWidthValue", { width });
  if (width >= MIN_DOOR_WIDTH_CM) return { state: "yes", value };
  return { state: "no", value: `${value} — ${t("detail.doorTooNarrow", { min: MIN_DOOR_WIDTH_CM })}` };
}

export function AccessibilitySection({ premises: p }: { premises: PremisesDetail }) {
  const a = p.accessibility;
  const level = p.accessibilityLevel;
  const door = doorWidth(a.doorWidthCm);
  const feature = (name: Exclude<keyof typeof a, "doorWidthCm">) => (
    <CheckItem key={name} state={checkOf(a[name])} label={t(`feature.${name}`, { min: MIN_DOOR_WIDTH_CM })} />
  );

  return (
    <section className="detail-section" aria-labelledby="accessibility-heading">
      <h2 id="accessibility-heading">{t("detail.accessibility")}</h2>
      <div className={`level-summary level-summary--${level}`}>
        <LevelSymbol level={level} size={56} />
        <p>
          <span className="level-summary__intro">{t("detail.levelIntro")}</span>
          <strong className="level-summary__value">{t(`levelLong.${level}`)}</strong>
        </p>
      </div>
      <h3>{t("detail.checklist")}</h3>
      <ul className="detail-checklist">
        {feature("stepFreeEntrance")}
        {feature("ramp")}
        {p.floor === 0 && !a.lift
          ? <CheckItem state="not-applicable" label={t("feature.lift")} value={t("detail.liftNotNeeded")} />
          : feature("lift")}
        <CheckItem state={door.state} label={t("detail.doorWidth")} value={door.value} />
        {feature("levelFloor")}
        {feature("accessibleToilet")}
        {feature("disabledParking")}
        {feature("contrastMarkings")}
        {feature("inductionLoop")}
      </ul>
      <h3>{t("detail.levelRuleTitle")}</h3>
      <ul className="level-rules">
        {ACCESSIBILITY_LEVELS.map((rule) => (
          <li key={rule} className={rule === level ? "level-rules__item is-current" : "level-rules__item"}>
            <LevelSymbol level={rule} />
            <span>{t(`detail.levelRule.${rule}`, { min: MIN_DOOR_WIDTH_CM })}</span>
          </li>
        ))}
      </ul>
      <p className="field__hint">{t("detail.levelSource")}</p>
    </section>
  );
}
