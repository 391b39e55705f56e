import { Link } from "react-router";
import { InvestmentPage } from "@shared/contracts/investments.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPLN } from "@shared/domain/money.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { investmentCategoryLabel } from "./labels.ts";
import { investmentApi } from "./requests.ts";
import { InvestmentStatusTag } from "./status-tag.tsx";
import "./investments.css";

interface LeaseInvestmentsProps {
  lease: { id: string; number: string; status: string };
  /** Officers see what waits for them; a tenant gets the link to propose works under a signed lease. */
  staff: boolean;
  headingLevel?: 2 | 3;
}

/** "Nakłady najemcy" of a lease: each investment with its status and amounts, linked to its page. */
export function LeaseInvestments({ lease, staff, headingLevel = 2 }: LeaseInvestmentsProps) {
  const { data, error, refetch } = useApiQuery(investmentApi.ofLease(lease.id), InvestmentPage);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `investments-${lease.id}`;
  return (
    <section className="investment-section" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("investments.lease.heading")}</Heading>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} title={t("investments.lease.failed")} compact />}
      {!error && !data && <LoadingState />}
      {data && data.items.length === 0 && <p>{t("investments.lease.none")}</p>}
      {data && data.items.length > 0 && (
        <div className="investment-scroll">
          <table className="investment-table">
            <caption className="visually-hidden">{t("investments.lease.caption", { number: lease.number })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("investments.list.investment")}</th>
                <th scope="col">{t("investments.list.status")}</th>
                <th scope="col" className="amount">{t("investments.list.estimate")}</th>
                <th scope="col" className="amount">{t("investments.list.approved")}</th>
                <th scope="col" className="amount">{t("investments.list.accepted")}</th>
                <th scope="col" className="amount">{t("investments.lease.offsetSoFar")}</th>
                <th scope="col" className="amount">{t("investments.lease.remainder")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    <Link to={`/investments/${i.id}`}>{i.title}</Link><br />
                    <span className="muted">{investmentCategoryLabel(i.category)} · {t("investments.lease.proposedOn", { date: formatDate(i.createdAt) })}</span>
                  </th>
                  <td><InvestmentStatusTag status={i.status} staff={staff} /></td>
                  <td className="amount">{formatPLN(i.estimateTotal)}</td>
                  <td className="amount">{i.approvedAmount ? formatPLN(i.approvedAmount) : "—"}</td>
                  <td className="amount">{i.acceptedAmount ? formatPLN(i.acceptedAmount) : "—"}</td>
                  <td className="amount">{i.offsetSoFar ? formatPLN(i.offsetSoFar) : "—"}</td>
                  <td className="amount">{i.remainder ? formatPLN(i.remainder) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!staff && lease.status === "signed" && (
        <p><Link className="button" to={`/my-leases/${lease.id}/investments/new`}>{t("investments.lease.propose")}</Link></p>
      )}
    </section>
  );
}
