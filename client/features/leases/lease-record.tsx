import type { Lease } from "@shared/contracts/leases.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatArea, formatPLN, formatRate } from "@shared/domain/money.ts";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { t, tn } from "@client/lib/i18n/index.ts";
import { fractionPercent, leaseStatusLabel, leaseTerm } from "./labels.ts";

/** The lease as signed: parties, premises, term, rent, deposit, holidays, use, offset; as a definition list. */
export function LeaseRecord({ lease }: { lease: Lease }) {
  const districtName = useDistrictName();
  const { organisation, premises } = lease.parties;
  const rows: [string, string][] = [
    [t("leases.detail.number"), lease.number],
    [t("leases.detail.status"), leaseStatusLabel(lease.status)],
    [t("leases.detail.landlord"), t("leases.detail.landlordName")],
    [t("leases.detail.tenant"), `${organisation.name}\n${t("leases.detail.tenantIds", { nip: organisation.nip, regon: organisation.regon })}${organisation.krs ? t("leases.detail.krs", { krs: organisation.krs }) : ""}\n${organisation.address}`],
    [t("leases.detail.premises"), t("leases.detail.premisesValue", { address: premises.address, district: districtName(premises.district), code: premises.inventoryCode })],
    [t("leases.detail.area"), formatArea(lease.area)],
    [t("leases.detail.term"), leaseTerm(lease)],
    [t("leases.detail.rate"), formatRate(lease.rate)],
    [t("leases.detail.monthlyNet"), formatPLN(lease.monthlyNet)],
    [t("leases.detail.monthlyVat", { rate: fractionPercent(lease.vatRate) }), formatPLN(lease.monthlyVat)],
    [t("leases.detail.monthlyGross"), formatPLN(lease.monthlyGross)],
    [t("leases.detail.deposit"), t("leases.detail.depositValue", { amount: formatPLN(lease.deposit), multiple: lease.depositMultiple })],
    [t("leases.detail.holidays"), tn("leases.detail.holidaysValue", lease.holidayDays)],
    [t("leases.detail.paymentDay"), t("leases.detail.paymentDayValue", { day: lease.paymentDay })],
    [t("leases.detail.permittedUse"), lease.permittedUse],
    [t("leases.detail.offsetShare"), fractionPercent(lease.offsetShare)],
    [t("leases.detail.remainderAtEnd"), t(`leases.remainder.${lease.remainderAtEnd}`)],
  ];
  if (lease.signedOn) rows.push([t("leases.detail.signedOn"), formatDate(lease.signedOn)]);
  if (lease.terminatedOn) rows.push([t("leases.detail.terminated"), t("leases.detail.terminatedValue", { date: formatDate(lease.terminatedOn), reason: lease.terminationReason ?? "" })]);
  return (
    <dl className="lease-facts">
      {rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
    </dl>
  );
}

/** The annexes in number order, each with what it changes from its date. */
export function AnnexHistory({ lease }: { lease: Lease }) {
  return (
    <section className="lease-section" aria-labelledby="annexes-heading">
      <h2 id="annexes-heading">{t("leases.detail.annexes")}</h2>
      {lease.annexes.length === 0 ? <p>{t("leases.detail.noAnnexes")}</p> : (
        <div className="leases-scroll">
          <table className="leases-table">
            <caption className="visually-hidden">{t("leases.detail.annexCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("leases.detail.annexNumber")}</th>
                <th scope="col">{t("leases.detail.annexFrom")}</th>
                <th scope="col">{t("leases.detail.annexChanges")}</th>
              </tr>
            </thead>
            <tbody>
              {lease.annexes.map((annex) => {
                const changes = [
                  annex.rate && t("leases.detail.annexRate", { value: formatRate(annex.rate) }),
                  annex.area && t("leases.detail.annexArea", { value: formatArea(annex.area) }),
                  annex.endDate && t("leases.detail.annexEnd", { value: formatDate(annex.endDate) }),
                  annex.permittedUse && t("leases.detail.annexUse", { value: annex.permittedUse }),
                  annex.offsetShare && t("leases.detail.annexOffset", { value: fractionPercent(annex.offsetShare) }),
                ].filter(Boolean);
                return (
                  <tr key={annex.number}>
                    <th scope="row">{annex.number}</th>
                    <td>{formatDate(annex.effectiveFrom)}</td>
                    <td>{changes.join("; ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
