import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import type { PremisesSummary } from "@shared/contracts/premises.ts";
import { formatArea } from "@shared/domain/decimal-text.ts";
import { LevelLabel } from "@client/components/ui/level-label.tsx";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { prefersReducedMotion } from "@client/lib/reduced-motion.ts";
import { t } from "@client/lib/i18n/index.ts";
import { formatAddress, rentLabel } from "@client/lib/premises-format.ts";
import type { BackLinkState } from "@client/lib/back-link-state.ts";

interface PremisesListItemProps {
  premises: PremisesSummary;
  selected: boolean;
  onHighlight: (id: string | null) => void;
}

/** Brings an item chosen on the map into view, where the list scrolls on its own beside the map. */
function useRevealWhenSelected(selected: boolean) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const item = ref.current;
    const scroller = item?.closest<HTMLElement>(".results");
    if (!selected || !item || !scroller || getComputedStyle(scroller).overflowY !== "auto") return;
    item.scrollIntoView({ block: "nearest", behavior: prefersReducedMotion() ? "auto" : "smooth" });
  }, [selected]);
  return ref;
}

export function PremisesListItem({ premises: p, selected, onHighlight }: PremisesListItemProps) {
  const { search } = useLocation();
  const districtName = useDistrictName();
  const ref = useRevealWhenSelected(selected);
  const state: BackLinkState = { from: search };
  const highlight = () => onHighlight(p.id);
  const unhighlight = () => onHighlight(null);

  return (
    <li
      ref={ref}
      className={selected ? "premises-card is-selected" : "premises-card"}
      onMouseEnter={highlight}
      onMouseLeave={unhighlight}
      onFocus={highlight}
      onBlur={unhighlight}
    >
      {p.photo && <img className="premises-card__photo" src={p.photo.thumbnailUrl} alt={p.photo.alt} loading="lazy" decoding="async" width="96" height="72" />}
      <h3 className="premises-card__title">
        <Link className="premises-card__link" to={`/premises/${encodeURIComponent(p.id)}`} state={state}>{formatAddress(p)}</Link>
      </h3>
      <p className="premises-card__district">{districtName(p.district)}</p>
      <dl className="premises-card__facts">
        <div><dt>{t("premises.area")}</dt><dd>{formatArea(p.usableArea)}</dd></div>
        <div><dt>{t("premises.rent")}</dt><dd>{rentLabel(p.baseRent)}</dd></div>
        <div><dt>{t("premises.condition")}</dt><dd>{t(`condition.${p.condition}`)}</dd></div>
        <div><dt>{t("premises.level")}</dt><dd><LevelLabel level={p.accessibilityLevel} /></dd></div>
      </dl>
      {(p.socialPool || p.status !== "available") && (
        <p className="premises-card__tags">
          {p.socialPool && <span className="tag">{t("premises.inSocialPool")}</span>}
          {p.status !== "available" && <span className="tag tag--status">{t(`status.${p.status}`)}</span>}
        </p>
      )}
    </li>
  );
}
