import type { Check, Review, TermsView } from "@shared/contracts/applications.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatEUR, formatPercent, formatPLN, formatRate, toDecimal } from "@shared/domain/money.ts";
import type { OrganisationStatus } from "@shared/contracts/organisations.ts";
import type { CategoryCode } from "@shared/domain/rate-policy.ts";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";

/** maxMonthsWithinCeiling looks this far ahead: leases over 10 years count as indefinite. */
const MAX_HORIZON = 120;

function categoryList(codes: CategoryCode[]): string {
  return codes.length ? codes.map((c) => t(`applications.category.${c}`)).join(", ") : t("applications.review.noCategories");
}

const STATE = {
  ok: { className: "checks__ok", label: () => t("applications.review.checkOk"), symbol: "✓" },
  failed: { className: "checks__failed", label: () => t("applications.review.checkFailed"), symbol: "✗" },
  pending: { className: "checks__pending", label: () => t("applications.review.checkPending"), symbol: "?" },
};

export function ChecksList({ checks }: { checks: Check[] }) {
  return (
    <section className="application-section" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t("applications.review.checks")}</h2>
      <ul className="checks">
        {checks.map((c) => {
          const state = STATE[c.ok === null ? "pending" : c.ok ? "ok" : "failed"];
          return (
            <li key={c.code} className={state.className} data-check={c.code}>
              <span className="checks__state"><span aria-hidden="true">{state.symbol} </span>{state.label()}</span>
              <span>{c.message}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function PartiesSection({ review }: { review: Review }) {
  const districtName = useDistrictName();
  const o = review.organisation;
  const p = review.premises;
  const categories = categoryList(o.categories);
  const rows: [string, string][] = [
    [t("applications.review.organisation"), `${o.name} (NIP ${o.nip})`],
    [t("applications.review.verification"), t(`organisation.status.${o.status as OrganisationStatus}`)],
    [t("applications.review.categories"), categories],
    [t("applications.review.economicActivity"), o.economicActivity ? t("app.yes") : t("app.no")],
    [t("applications.review.premises"), `${p.address}, ${districtName(p.district)} · ${p.inventoryCode}`],
  ];
  return (
    <dl className="application-facts">
      {rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
    </dl>
  );
}

export function RateSection({ terms }: { terms: TermsView }) {
  const aid = terms.aid;
  const aidRows: [string, string | null][] = [
    [t("applications.review.aidRows.nominal"), aid.nominal && formatPLN(aid.nominal)],
    [t("applications.review.aidRows.discounted", { rate: aid.discountRate ? formatPercent(toDecimal(aid.discountRate).times(100)) : "—" }), aid.discounted && formatPLN(aid.discounted)],
  ];
  if (aid.deMinimis) {
    aidRows.push(
      [t("applications.review.aidRows.eur"), aid.eur && formatEUR(aid.eur)],
      [t("applications.review.aidRows.prior"), formatEUR(aid.priorEur)],
      [t("applications.review.aidRows.room"), formatEUR(aid.roomEur)],
      [t("applications.review.aidRows.roomAfter"), aid.roomAfterEur && formatEUR(aid.roomAfterEur)],
      [t("applications.review.aidRows.maxMonths"), aid.maxMonths === null ? null
        : t(aid.maxMonths >= MAX_HORIZON ? "applications.review.aidRows.maxMonthsAtLeast" : "applications.review.aidRows.maxMonthsValue", { months: aid.maxMonths })],
    );
  }
  return (
    <section className="application-section" aria-labelledby="rate-heading">
      <h2 id="rate-heading">{t("applications.review.rate")}</h2>
      <p>{terms.policy.name} ({formatDate(terms.policy.effectiveFrom)})</p>
      {terms.alternatives.length > 0 && (
        <table className="applications-table">
          <caption>{t("applications.review.alternatives")}</caption>
          <tbody>
            {terms.alternatives.map((a) => (
              <tr key={a.category}>
                <th scope="row">{a.label}{terms.best?.category === a.category && " ★"}</th>
                <td className="amount">{formatRate(a.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul>{terms.derivation.map((step) => <li key={step}>{step}</li>)}</ul>
      {terms.monthly && (
        <p>{t("applications.decision.monthlyValue", { net: formatPLN(terms.monthly.net), gross: formatPLN(terms.monthly.gross) })}</p>
      )}
      <h3>{t("applications.review.aid")}</h3>
      {!aid.deMinimis && <p>{t("applications.review.notDeMinimis")}</p>}
      <dl className="application-facts" data-testid="aid">
        {aidRows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd className="amount">{value ?? "—"}</dd></div>)}
      </dl>
    </section>
  );
}

/** This application and the competing ones, one column each. */
export function CompetingSection({ review }: { review: Review }) {
  const all = [{ ...review.application, organisation: review.organisation }, ...review.competing];
  const rows: [string, (a: (typeof all)[number]) => string][] = [
    [t("applications.review.rows.organisation"), (a) => a.organisation.name],
    [t("applications.review.rows.categories"), (a) => categoryList(a.organisation.categories)],
    [t("applications.review.rows.employees"), (a) => `${a.employees} / ${a.employeesAtRisk}`],
    [t("applications.review.rows.activity"), (a) => a.activity],
    [t("applications.review.rows.socialPurpose"), (a) => a.socialPurpose],
    [t("applications.review.rows.lease"), (a) => `${formatDate(a.requestedStart)} / ${a.requestedMonths}`],
    [t("applications.review.rows.fitOut"), (a) => formatPLN(a.fitOutTotal)],
    [t("applications.review.rows.submitted"), (a) => (a.submittedAt ? formatDate(a.submittedAt) : "—")],
  ];
  return (
    <section className="application-section" aria-labelledby="competing-heading">
      <h2 id="competing-heading">{t("applications.review.competing")}</h2>
      {review.competing.length === 0 ? <p>{t("applications.review.noCompeting")}</p> : (
        <div className="applications-scroll">
          <table className="compare">
            <caption className="visually-hidden">{t("applications.review.compareCaption")}</caption>
            <thead>
              <tr>
                <td />
                {all.map((a, i) => (
                  <th key={a.id} scope="col" className={i === 0 ? "compare__this" : undefined}>
                    {i === 0 ? t("applications.review.thisApplication") : <a href={`/applications/${a.id}`}>{a.reference}</a>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {all.map((a, i) => <td key={a.id} className={i === 0 ? "compare__this" : undefined}>{value(a)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
