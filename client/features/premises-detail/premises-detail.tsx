import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import type { PremisesDetail as Premises } from "@shared/contracts/premises.ts";
import { LevelLabel } from "@client/components/ui/level-label.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";
import { formatAddress } from "@client/lib/premises-format.ts";
import { searchToReturnTo } from "@client/lib/back-link-state.ts";
import { AccessibilitySection } from "./accessibility-section.tsx";
import { ConditionSection } from "./condition-section.tsx";
import { FilesSection } from "./files-section.tsx";
import { InvestmentsSection } from "./investments-section.tsx";
import { KeyFacts } from "./key-facts.tsx";
import { LocationMap } from "./location-map.tsx";
import { UtilitiesSection } from "./utilities-section.tsx";

/** `pricing` is a slot the app fills (the quote feature), so this feature imports no other. */
export interface PremisesDetailSlots {
  pricing?: (premises: Premises) => ReactNode;
}

export function PremisesDetail({ premises: p, pricing }: { premises: Premises } & PremisesDetailSlots) {
  const state: unknown = useLocation().state;
  const districtName = useDistrictName();
  const address = formatAddress(p);

  return (
    <article className="page detail">
      <p className="detail__back">
        <Link to={searchToReturnTo(state)}><span aria-hidden="true">← </span>{t("detail.back")}</Link>
      </p>
      <header className="detail__header">
        <PageHeading title={address} />
        <p className="detail__subtitle">
          {t("detail.subtitle", { district: districtName(p.district), postalCode: p.postalCode, code: p.inventoryCode })}
        </p>
        <p className="detail__tags">
          <span className="tag tag--status">{t(`status.${p.status}`)}</span>
          {p.socialPool && <span className="tag">{t("premises.inSocialPool")}</span>}
          <span className="tag tag--plain"><LevelLabel level={p.accessibilityLevel} long /></span>
        </p>
      </header>
      <div className="detail__layout">
        <div className="detail__main">
          <FilesSection premisesId={p.id} address={address} part="photos" />
          <KeyFacts premises={p} />
          {pricing?.(p)}
          <AccessibilitySection premises={p} />
          <ConditionSection premises={p} />
          <InvestmentsSection premisesId={p.id} />
          <UtilitiesSection premises={p} />
          {p.description && (
            <section className="detail-section" aria-labelledby="description-heading">
              <h2 id="description-heading">{t("detail.description")}</h2>
              <p className="detail__description">{p.description}</p>
            </section>
          )}
          <FilesSection premisesId={p.id} address={address} part="plans" />
        </div>
        <section className="detail__aside detail-section" aria-labelledby="location-heading">
          <h2 id="location-heading">{t("detail.location")}</h2>
          <LocationMap premises={p} address={address} />
        </section>
      </div>
    </article>
  );
}
