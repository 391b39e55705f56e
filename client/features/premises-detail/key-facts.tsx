import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatArea } from "@shared/domain/decimal-text.ts";
import { formatPLN, roundGrosz, toDecimal } from "@shared/domain/money.ts";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";
import { floorLabel, rentLabel } from "@client/lib/premises-format.ts";
import { FactList } from "./fact-list.tsx";

const yesNo = (value: boolean) => (value ? t("app.yes") : t("app.no"));

export function KeyFacts({ premises: p }: { premises: PremisesDetail }) {
  const districtName = useDistrictName();
  // DOMAIN.md: monthly net rent = rate × area, rounded half-up to the grosz.
  const monthlyRent = roundGrosz(toDecimal(p.baseRent).times(toDecimal(p.usableArea)));
  // The register's "available from" says when a free or repaired premises can be let; a leased,
  // reserved or withdrawn premises is not available from any date the register kept.
  let availableFrom = "—";
  if (p.availableFrom && (p.status === "available" || p.status === "under-renovation")) availableFrom = formatDate(p.availableFrom);
  else if (p.status === "available") availableFrom = t("premises.availableNow");

  return (
    <section className="detail-section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t("detail.facts")}</h2>
      <FactList facts={[
        [t("premises.district"), districtName(p.district)],
        [t("premises.area"), formatArea(p.usableArea)],
        [t("premises.floor"), floorLabel(p.floor)],
        [t("premises.rooms"), p.rooms],
        [t("premises.rent"), rentLabel(p.baseRent)],
        [t("detail.monthlyRent"), t("detail.monthlyRentValue", { amount: formatPLN(monthlyRent) })],
        [t("premises.status"), t(`status.${p.status}`)],
        [t("premises.availableFrom"), availableFrom],
        [t("premises.socialPool"), yesNo(p.socialPool)],
        [t("detail.separateEntrance"), yesNo(p.separateEntrance)],
        [t("detail.shopWindow"), yesNo(p.shopWindow)],
        [t("premises.uses"), p.allowedUses.map((use) => t(`use.${use}`)).join(", ")],
      ]} />
    </section>
  );
}
