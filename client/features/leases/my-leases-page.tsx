import { LeasePage as LeasePageSchema, type Lease } from "@shared/contracts/leases.ts";
import { formatArea, formatPLN } from "@shared/domain/money.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { LeaseInvestments } from "@client/features/investments/index.ts";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { leaseTerm } from "./labels.ts";
import { leaseApi } from "./requests.ts";
import { LeaseSchedule, NextPayment } from "./schedule.tsx";
import { LeaseStatusTag } from "./status-tag.tsx";
import "./leases.css";

// A tenant has a handful of leases: the largest page the API gives holds them all.
const PAGE_SIZE = 100;

/** "/my-leases": the tenant's own leases (the API gives an applicant its organisations' only), each with its investments and schedule. */
export function MyLeasesPage() {
  return (
    <RequireSession roles={["applicant"]} otherRole={t("leases.applicantOnly")}>
      {() => <MyLeases />}
    </RequireSession>
  );
}

function MyLeases() {
  const { data, error, refetch } = useApiQuery(`/api/leases?page=1&pageSize=${PAGE_SIZE}`, LeasePageSchema);
  return (
    <div className="page page--medium">
      <PageHeading title={t("leases.mine.title")} />
      <p>{t("leases.mine.intro")}</p>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!error && !data && <LoadingState />}
      {data && data.items.length === 0 && <p>{t("leases.mine.empty")}</p>}
      {data?.items.map((lease) => <LeaseCard key={lease.id} lease={lease} />)}
    </div>
  );
}

function LeaseCard({ lease }: { lease: Lease }) {
  const headingId = `lease-${lease.id}`;
  const facts: [string, string][] = [
    [t("leases.detail.premises"), `${lease.parties.premises.address} (${formatArea(lease.area)})`],
    [t("leases.detail.term"), leaseTerm(lease)],
    [t("leases.detail.monthlyGross"), formatPLN(lease.monthlyGross)],
    [t("leases.detail.deposit"), formatPLN(lease.deposit)],
    [t("leases.detail.paymentDay"), t("leases.detail.paymentDayValue", { day: lease.paymentDay })],
  ];
  return (
    <article className="lease-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("leases.detail.title", { number: lease.number })}</h2>
      <p><LeaseStatusTag status={lease.status} /></p>
      <dl className="lease-facts">
        {facts.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
      </dl>
      <p><a className="button button--secondary" href={leaseApi.document(lease.id)} download>{t("leases.detail.pdf")}</a></p>
      <LeaseInvestments lease={lease} staff={false} headingLevel={3} />
      <LeaseSchedule lease={lease} headingLevel={3} before={(schedule) => <NextPayment schedule={schedule} lease={lease} />} />
    </article>
  );
}
