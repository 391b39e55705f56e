import { PremisesInvestmentList } from "@shared/contracts/investments.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { MIN_DOOR_WIDTH_CM } from "@shared/domain/accessibility.ts";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";

/**
 * "Nakłady najemców": the works tenants have made in the premises and the city accepted, newest first,
 * with the accessibility features they added (GET /api/premises/{id}/investments). Nothing while it
 * loads or when there are none: the page is complete without it.
 */
export function InvestmentsSection({ premisesId }: { premisesId: string }) {
  const { data } = useApiQuery(`/api/premises/${encodeURIComponent(premisesId)}/investments`, PremisesInvestmentList);
  if (!data || data.items.length === 0) return null;
  return (
    <section className="detail-section" aria-labelledby="investments-heading">
      <h2 id="investments-heading">{t("detail.investments.heading")}</h2>
      <p>{t("detail.investments.intro")}</p>
      <ul className="detail-investments">
        {data.items.map((i) => (
          <li key={i.id}>
            <strong>{i.title}</strong> ({t(`detail.investments.category.${i.category}`)}), {t("detail.investments.acceptedOn", { date: formatDate(i.acceptedOn) })}
            {i.addsFeatures.length > 0 && (
              <><br />{t("detail.investments.added")}: {i.addsFeatures.map((f) => t(`feature.${f}`, { min: MIN_DOOR_WIDTH_CM })).join("; ")}</>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
