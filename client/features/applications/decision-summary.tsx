import type { DecisionView } from "@shared/contracts/applications.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatEUR, formatPLN, formatRate } from "@shared/domain/money.ts";
import { t } from "@client/lib/i18n/index.ts";

/** The decision as the applicant and the officer read it, with the documents to download. */
export function DecisionSummary({ decision }: { decision: DecisionView }) {
  const approved = decision.outcome === "approved";
  const { name, position } = decision.decidedBy;
  const rows: [string, string][] = [
    [t("applications.decision.caseNumber"), decision.caseNumber],
    [t("applications.decision.decidedBy"), position ? `${name}, ${position}` : name],
  ];
  if (approved) {
    if (decision.categoryLabel) rows.push([t("applications.decision.category"), decision.categoryLabel]);
    if (decision.rate) rows.push([t("applications.decision.rate"), formatRate(decision.rate)]);
    if (decision.monthly) rows.push([t("applications.decision.monthly"), t("applications.decision.monthlyValue", { net: formatPLN(decision.monthly.net), gross: formatPLN(decision.monthly.gross) })]);
    rows.push([t("applications.decision.holidays"), t("applications.decision.holidaysValue", { before: decision.beforeStartDays ?? 0, renovation: decision.renovationDays ?? 0 })]);
    const aid = decision.aid;
    if (aid) {
      rows.push([t("applications.decision.aid"), t("applications.decision.aidValue", { pln: formatPLN(aid.discounted), nominal: formatPLN(aid.nominal) })]);
      rows.push([t("applications.decision.aidEur"), aid.eur && aid.eurRate
        ? t("applications.decision.aidEurValue", { eur: formatEUR(aid.eur), rate: aid.eurRate.replace(".", ","), room: formatEUR(aid.roomAfterEur ?? "0") })
        : t("applications.decision.notDeMinimis")]);
    }
    if (decision.policy) rows.push([t("applications.decision.policy"), `${decision.policy.name} (${formatDate(decision.policy.effectiveFrom)})`]);
  } else {
    rows.push([t("applications.detail.reason"), decision.reason ?? ""]);
  }
  return (
    <section className="application-section" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t("applications.detail.decision")} ({formatDate(decision.decidedAt)})</h2>
      <p><strong>{approved && decision.startDate && decision.months
        ? t("applications.decision.approved", { start: formatDate(decision.startDate), months: decision.months })
        : t("applications.decision.rejected")}</strong></p>
      <dl className="application-facts">
        {rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
      </dl>
      {approved && decision.derivation.length > 0 && <ul>{decision.derivation.map((step) => <li key={step}>{step}</li>)}</ul>}
      {decision.justification.length > 0 && (
        <>
          <h3>{t("applications.decision.justification")}</h3>
          {decision.justification.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
        </>
      )}
      <p className="application-actions">
        <a className="button" href={decision.documents.decision} download>{t("applications.detail.decisionPdf")}</a>
        {decision.documents.certificate && <a className="button button--secondary" href={decision.documents.certificate} download>{t("applications.detail.certificatePdf")}</a>}
      </p>
    </section>
  );
}
