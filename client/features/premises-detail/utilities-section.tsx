import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { t } from "@client/lib/i18n/index.ts";
import { CheckItem, checkOf } from "./check-mark.tsx";

export function UtilitiesSection({ premises: p }: { premises: PremisesDetail }) {
  const u = p.utilities;
  return (
    <section className="detail-section" aria-labelledby="utilities-heading">
      <h2 id="utilities-heading">{t("detail.utilities")}</h2>
      <ul className="detail-checklist">
        <CheckItem state={checkOf(u.electricity)} label={t("detail.electricity")} />
        <CheckItem state={checkOf(u.water)} label={t("detail.water")} />
        <CheckItem state={checkOf(u.sewage)} label={t("detail.sewage")} />
        <CheckItem state={checkOf(u.gas)} label={t("detail.gas")} />
        <CheckItem state={checkOf(u.heating !== "none")} label={t("detail.heating")} value={t(`heating.${u.heating}`)} />
        <CheckItem state={checkOf(u.toilet !== "none")} label={t("detail.toilet")} value={t(`toilet.${u.toilet}`)} />
      </ul>
    </section>
  );
}
