import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPLN } from "@shared/domain/decimal-text.ts";
import { t } from "@client/lib/i18n/index.ts";
import { FactList } from "./fact-list.tsx";

export function ConditionSection({ premises: p }: { premises: PremisesDetail }) {
  return (
    <section className="detail-section" aria-labelledby="condition-heading">
      <h2 id="condition-heading">{t("detail.conditionHeading")}</h2>
      <FactList facts={[
        [t("detail.grade"), t(`condition.${p.condition}`)],
        [t("detail.lastInspection"), p.lastInspection ? formatDate(p.lastInspection) : t("detail.noInspection")],
        [t("detail.worksNeeded"), p.worksNeeded ?? t("detail.noWorks")],
        ...(p.worksCost ? [[t("detail.worksCost"), formatPLN(p.worksCost)] as [string, string]] : []),
        [t("detail.heritage"), p.heritage ? t("app.yes") : t("app.no")],
      ]} />
    </section>
  );
}
