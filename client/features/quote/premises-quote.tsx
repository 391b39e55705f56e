import { useState } from "react";
import { Link } from "react-router";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { Quote } from "@shared/contracts/rate-policy.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPercent, formatPLN, formatRate, toDecimal } from "@shared/domain/money.ts";
import { RENOVATION_CONDITIONS } from "@shared/domain/rate-policy.ts";
import { CheckboxField } from "@client/components/ui/checkbox-field.tsx";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";
import { useBestCategory } from "./use-best-category.ts";
import "./quote.css";

/** The premises page's quote: rate, rent and the value of the reduction for each category of applicant. */
export function PremisesQuote({ premises }: { premises: PremisesDetail }) {
  const [renovate, setRenovate] = useState(false);
  const canRenovate = RENOVATION_CONDITIONS.includes(premises.condition);
  const url = `/api/premises/${encodeURIComponent(premises.id)}/quote?tenantWillRenovate=${renovate && canRenovate}`;
  const { data, error, refetch } = useApiQuery(url, Quote);
  const best = useBestCategory(data?.lines);

  return (
    <section className="detail-section quote" aria-labelledby="quote-heading">
      <h2 id="quote-heading">{t("quote.heading")}</h2>
      {error && <ErrorState error={error} onRetry={() => void refetch()} compact />}
      {!error && !data && <LoadingState />}
      {data && (
        <>
          <p>
            {t("quote.intro", { policy: data.policy.name, from: formatDate(data.policy.effectiveFrom), vat: formatPercent(toDecimal(data.vatRate).times(100)) })}
            {data.policy.isExample && <> <span className="tag quote__example">{t("quote.example")}</span></>}
          </p>
          {data.policy.isExample && <p className="quote__note">{t("quote.exampleNote")}</p>}
          {canRenovate && (
            <CheckboxField id="quote-renovate" label={t("quote.renovate")} hint={t("quote.renovateHint")} checked={renovate} onChange={(e) => setRenovate(e.target.checked)} />
          )}
          <div className="quote__scroll">
            <table className="quote__table">
              <caption className="visually-hidden">{t("quote.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("quote.category")}</th>
                  <th scope="col">{t("quote.rate")}</th>
                  <th scope="col">{t("quote.net")}</th>
                  <th scope="col">{t("quote.vat")}</th>
                  <th scope="col">{t("quote.gross")}</th>
                  <th scope="col">{t("quote.aid", { months: data.months })}</th>
                </tr>
              </thead>
              <tbody>
                {data.lines.map((line) => (
                  <tr key={line.category} className={best?.category === line.category ? "quote__best" : undefined} data-category={line.category}>
                    <th scope="row">
                      {line.label}
                      {best?.category === line.category && <><br /><span className="tag">{t("quote.best", { name: best.organisation })}</span></>}
                    </th>
                    <td>
                      <CellLabel text={t("quote.rate")} />
                      <span>{formatRate(line.rate)}{line.floorApplied && <><br /><span className="quote__muted">{t("quote.floor")}</span></>}</span>
                    </td>
                    <td><CellLabel text={t("quote.net")} />{formatPLN(line.monthly.net)}</td>
                    <td><CellLabel text={t("quote.vat")} />{formatPLN(line.monthly.vat)}</td>
                    <td><CellLabel text={t("quote.gross")} />{formatPLN(line.monthly.gross)}</td>
                    <td><CellLabel text={t("quote.aid", { months: data.months })} />{formatPLN(line.aid.discounted ?? line.aid.nominal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <details className="quote__derivation">
            <summary>{t("quote.derivationHeading")}</summary>
            {data.lines.map((line) => (
              <div key={line.category}>
                <h3>{line.label}</h3>
                <ul>{line.derivation.map((step) => <li key={step}>{step}</li>)}</ul>
              </div>
            ))}
          </details>
          <p className="quote__muted">{t("quote.aidNote")}</p>
          <ApplyLink premises={premises} />
        </>
      )}
    </section>
  );
}

/**
 * The column's name inside the cell, shown only where the rows become cards (phones); screen readers
 * have the column headers, so it is hidden from them.
 */
function CellLabel({ text }: { text: string }) {
  return <span className="quote__label" aria-hidden="true">{text}</span>;
}

function ApplyLink({ premises }: { premises: PremisesDetail }) {
  const role = useSession().session?.user?.role;
  if (premises.status !== "available") return <p>{t("quote.notAvailable")}</p>;
  if (role === "officer" || role === "admin") return null;
  if (role !== "applicant") return <p><Link to="/sign-in" state={{ from: `/premises/${premises.id}` }}>{t("quote.signInToApply")}</Link></p>;
  return <p><Link className="button" to={`/applications/new?premises=${encodeURIComponent(premises.id)}`}>{t("quote.apply")}</Link></p>;
}
