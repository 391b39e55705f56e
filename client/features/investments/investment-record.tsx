import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Investment } from "@shared/contracts/investments.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPLN, formatPercent, toDecimal, toFixed2String } from "@shared/domain/money.ts";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { lang, t } from "@client/lib/i18n/index.ts";
import { featureLabel, investmentCategoryLabel, investmentStatusLabel } from "./labels.ts";
import { investmentApi } from "./requests.ts";

const time = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "pl-PL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Warsaw" });
const when = (iso: string) => `${formatDate(iso)} ${time.format(new Date(iso))}`;
const money = (amount: string | null) => (amount === null ? t("investments.record.none") : formatPLN(amount));

/** What was proposed, under which lease, and each decision so far, as a definition list. */
export function InvestmentRecord({ investment: i, staff }: { investment: Investment; staff: boolean }) {
  const districtName = useDistrictName();
  const rows: [string, ReactNode][] = [
    [t("investments.record.status"), investmentStatusLabel(i.status)],
    [t("investments.record.lease"), staff ? <Link to={`/leases/${i.leaseId}`}>{i.leaseNumber}</Link> : i.leaseNumber],
    [t("investments.record.organisation"), i.organisation.name],
    [t("investments.record.premises"), <Link to={`/premises/${i.premises.id}`}>{`${i.premises.address}, ${districtName(i.premises.district)} (${i.premises.inventoryCode})`}</Link>],
    [t("investments.record.category"), investmentCategoryLabel(i.category)],
    [t("investments.record.scope"), i.scope],
    [t("investments.record.planned"), t("investments.record.plannedValue", { start: formatDate(i.plannedStart), end: formatDate(i.plannedEnd) })],
  ];
  if (i.addsFeatures.length > 0) rows.push([t("investments.record.addsFeatures"), i.addsFeatures.map(featureLabel).join("; ")]);
  rows.push([t("investments.record.estimateTotal"), formatPLN(i.estimateTotal)]);
  if (i.approvedAmount !== null) rows.push([t("investments.record.approved"), t("investments.record.approvedValue", { amount: formatPLN(i.approvedAmount), date: formatDate(i.consentedOn ?? i.updatedAt) })]);
  if (i.conditions) rows.push([t("investments.record.conditions"), i.conditions]);
  if (i.refusalReason) rows.push([t("investments.record.refused"), t("investments.record.refusedValue", { date: formatDate(i.refusedOn ?? i.updatedAt), reason: i.refusalReason })]);
  if (i.completedOn) rows.push([t("investments.record.completedOn"), formatDate(i.completedOn)]);
  if (i.actualCost !== null) rows.push([t("investments.record.actualCost"), formatPLN(i.actualCost)]);
  if (i.acceptedAmount !== null) rows.push([t("investments.record.accepted"), t("investments.record.acceptedValue", { amount: formatPLN(i.acceptedAmount), date: formatDate(i.acceptedOn ?? i.updatedAt) })]);
  if (i.acceptanceReason) rows.push([t("investments.record.acceptanceReason"), i.acceptanceReason]);
  if (i.conditionAfter) rows.push([t("investments.record.conditionAfter"), t(`condition.${i.conditionAfter}`)]);
  rows.push([t("investments.record.terms"), t("investments.record.termsValue", {
    share: formatPercent(toDecimal(i.offsetShare).times(100)), remainder: t(`leases.remainder.${i.remainderAtEnd}`),
  })]);
  if (i.offsetSoFar !== null) rows.push([t("investments.record.offsetSoFar"), formatPLN(i.offsetSoFar)]);
  if (i.remainder !== null) rows.push([t("investments.record.remainder"), formatPLN(i.remainder)]);
  return (
    <dl className="investment-facts">
      {rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
    </dl>
  );
}

/** The consent and the settlement statement, once each exists. */
export function InvestmentDocuments({ investment: i }: { investment: Investment }) {
  if (i.consentedOn === null && i.status !== "accepted") return null;
  return (
    <div className="investment-actions">
      {i.consentedOn !== null && <a className="button button--secondary" href={investmentApi.consentPdf(i.id)} download>{t("investments.record.consentPdf")}</a>}
      {i.status === "accepted" && <a className="button button--secondary" href={investmentApi.settlementPdf(i.id)} download>{t("investments.record.settlementPdf")}</a>}
    </div>
  );
}

/** The estimate beside the invoices: each one's items and total, then the amounts compared. */
export function EstimateAgainstInvoices({ investment: i }: { investment: Investment }) {
  const difference = toFixed2String(toDecimal(i.invoicesTotal).minus(i.estimateTotal));
  const comparison: [string, string][] = [
    [t("investments.compare.estimateTotal"), formatPLN(i.estimateTotal)],
    [t("investments.compare.approved"), money(i.approvedAmount)],
    [t("investments.compare.invoicesTotal"), i.invoices.length ? formatPLN(i.invoicesTotal) : t("investments.record.none")],
    [t("investments.compare.actualCost"), money(i.actualCost)],
  ];
  if (i.invoices.length) comparison.push([t("investments.compare.difference"), formatPLN(difference)]);
  return (
    <section className="investment-section" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t("investments.compare.heading")}</h2>
      <div className="investment-compare">
        <div className="investment-scroll">
          <table className="investment-table">
            <caption>{t("investments.compare.estimateCaption")}</caption>
            <thead><tr><th scope="col">{t("investments.compare.item")}</th><th scope="col" className="amount">{t("investments.compare.net")}</th></tr></thead>
            <tbody>
              {i.estimate.map((item, n) => <tr key={n}><td>{item.description}</td><td className="amount">{formatPLN(item.amount)}</td></tr>)}
            </tbody>
            <tfoot><tr><th scope="row">{t("investments.compare.total")}</th><td className="amount">{formatPLN(i.estimateTotal)}</td></tr></tfoot>
          </table>
        </div>
        <div className="investment-scroll">
          {i.invoices.length === 0 ? <p>{t("investments.compare.noInvoices")}</p> : (
            <table className="investment-table">
              <caption>{t("investments.compare.invoicesCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("investments.compare.invoice")}</th>
                  <th scope="col">{t("investments.compare.seller")}</th>
                  <th scope="col" className="amount">{t("investments.compare.net")}</th>
                </tr>
              </thead>
              <tbody>
                {i.invoices.map((inv, n) => (
                  <tr key={n}>
                    <td>{inv.number}<br /><span className="muted">{formatDate(inv.date)}</span></td>
                    <td>{inv.seller}<br /><span className="muted">{t("investments.compare.nip", { nip: inv.nip })}</span></td>
                    <td className="amount">{formatPLN(inv.net)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot><tr><th scope="row" colSpan={2}>{t("investments.compare.total")}</th><td className="amount">{formatPLN(i.invoicesTotal)}</td></tr></tfoot>
            </table>
          )}
        </div>
      </div>
      <dl className="investment-facts investment-compare__summary">
        {comparison.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
      </dl>
    </section>
  );
}

/** The steps, oldest first: who did what and when. */
export function InvestmentHistory({ investment: i }: { investment: Investment }) {
  return (
    <section className="investment-section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("investments.history.heading")}</h2>
      <ol className="investment-history">
        {i.history.map((step, n) => (
          <li key={n}>
            <strong>{investmentStatusLabel(step.status)}</strong> · {when(step.at)} · {step.by}
            {step.note && <><br />{step.note}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
