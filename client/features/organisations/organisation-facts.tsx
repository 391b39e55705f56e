import type { OrganisationDetail } from "@shared/contracts/organisations.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatEUR } from "@shared/domain/money.ts";
import { t } from "@client/lib/i18n/index.ts";
import { legalFormLabel, organisationFieldLabel, reintegrationLabel } from "./labels.ts";

const yesNo = (value: boolean) => (value ? t("app.yes") : t("app.no"));

/** The organisation's data as an officer checks it against the registers. */
export function OrganisationFacts({ organisation: o }: { organisation: OrganisationDetail }) {
  const rows: [string, string][] = [
    ["legalForm", legalFormLabel(o.legalForm)],
    ["krs", o.krs ?? t("app.notApplicable")],
    ["nip", o.nip],
    ["regon", o.regon],
    ["street", `${o.street}, ${o.postalCode} ${o.city}`],
    ["email", o.email],
    ["phone", o.phone ?? "—"],
    ["socialEnterprise", o.socialEnterprise && o.socialEnterpriseSince ? `${t("app.yes")}, ${formatDate(o.socialEnterpriseSince)}` : yesNo(false)],
    ["publicBenefit", yesNo(o.publicBenefit)],
    ["reintegrationType", reintegrationLabel(o.reintegrationType)],
    ["economicActivity", yesNo(o.economicActivity)],
  ];
  return (
    <>
      <dl className="org-facts">
        {rows.map(([field, value]) => (
          <div key={field} className="org-facts__row"><dt>{organisationFieldLabel(field)}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      <h3>{t("organisation.sections.aid")}</h3>
      {o.declaredAid.length === 0 ? <p>{t("organisation.aid.none")}</p> : (
        <>
          <ul>
            {o.declaredAid.map((a, i) => <li key={i}>{a.grantor}, {formatDate(a.grantedOn)}: {formatEUR(a.amountEur)}</li>)}
          </ul>
          <p>{t("organisation.aid.total", { amount: formatEUR(o.declaredAidTotalEur) })}</p>
        </>
      )}
    </>
  );
}
