import type { ReactNode } from "react";
import { type Lease, LeaseScheduleView } from "@shared/contracts/leases.ts";
import { formatDate, systemClock, todayIn } from "@shared/domain/dates.ts";
import { formatPLN, formatRate } from "@shared/domain/money.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { formatMonth } from "./labels.ts";
import { leaseApi } from "./requests.ts";

type Schedule = LeaseScheduleView;

/** The schedule of a lease (GET /api/leases/{id}/schedule). */
export const useLeaseSchedule = (leaseId: string) => useApiQuery(leaseApi.schedule(leaseId), LeaseScheduleView);

/**
 * The next payment due: the first row whose month is this month (in Kraków) or later, due on the
 * lease's payment day of that month; null when the schedule is over.
 */
export function nextPayment(schedule: Schedule, paymentDay: number, today = todayIn(systemClock)): { toPay: string; due: string } | null {
  const month = today.slice(0, 7);
  const row = schedule.rows.find((r) => r.month >= month);
  return row ? { toPay: row.toPay, due: `${row.month}-${String(paymentDay).padStart(2, "0")}` } : null;
}

export function NextPayment({ schedule, lease }: { schedule: Schedule; lease: Pick<Lease, "paymentDay"> }) {
  const next = nextPayment(schedule, lease.paymentDay);
  return (
    <p className="lease-next">
      <strong>{t("leases.mine.nextPayment")}:</strong>{" "}
      {next ? t("leases.mine.nextPaymentValue", { amount: formatPLN(next.toPay), date: formatDate(next.due) }) : t("leases.mine.noNextPayment")}
    </p>
  );
}

/** The month-by-month schedule as a table: a caption, a row per month, the totals in the footer, the deposit below. */
export function ScheduleTable({ schedule, number }: { schedule: Schedule; number: string }) {
  const caption = t("leases.schedule.caption", { number });
  return (
    <>
      {/* A wide table scrolls sideways in its box, a labelled region that takes the keyboard focus so the arrows scroll it (WCAG 2.1.1, axe scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above */}
      <div className="leases-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="leases-table lease-schedule">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("leases.schedule.month")}</th>
              <th scope="col" className="amount">{t("leases.schedule.rate")}</th>
              <th scope="col" className="amount">{t("leases.schedule.net")}</th>
              <th scope="col" className="amount">{t("leases.schedule.vat")}</th>
              <th scope="col" className="amount">{t("leases.schedule.gross")}</th>
              <th scope="col" className="amount">{t("leases.schedule.offset")}</th>
              <th scope="col" className="amount">{t("leases.schedule.toPay")}</th>
            </tr>
          </thead>
          <tbody>
            {schedule.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(row.month)}</th>
                <td className="amount">{formatRate(row.rate)}</td>
                <td className="amount">{formatPLN(row.net)}</td>
                <td className="amount">{formatPLN(row.vat)}</td>
                <td className="amount">{formatPLN(row.gross)}</td>
                <td className="amount">{formatPLN(row.offset)}</td>
                <td className="amount">{formatPLN(row.toPay)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("leases.schedule.totals")}</th>
              <td />
              <td className="amount">{formatPLN(schedule.totals.net)}</td>
              <td className="amount">{formatPLN(schedule.totals.vat)}</td>
              <td className="amount">{formatPLN(schedule.totals.gross)}</td>
              <td className="amount">{formatPLN(schedule.totals.offset)}</td>
              <td className="amount">{formatPLN(schedule.totals.toPay)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>{t("leases.schedule.deposit", { amount: formatPLN(schedule.deposit) })}</p>
      <ScheduleInvestments schedule={schedule} number={number} />
    </>
  );
}

/**
 * The accepted investments the schedule offsets, in order of acceptance: the amount, what the schedule
 * offsets of it to its end, and what is left then, refunded or forfeited as the lease says.
 */
function ScheduleInvestments({ schedule, number }: { schedule: Schedule; number: string }) {
  if (schedule.investments.length === 0) return null;
  return (
    <div className="leases-scroll">
      <table className="leases-table">
        <caption>{t("leases.schedule.investmentsCaption", { number })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("leases.schedule.investment")}</th>
            <th scope="col" className="amount">{t("leases.schedule.accepted")}</th>
            <th scope="col" className="amount">{t("leases.schedule.offsetInSchedule")}</th>
            <th scope="col" className="amount">{t("leases.schedule.remainder")}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.investments.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.title}</th>
              <td className="amount">{formatPLN(i.accepted)}</td>
              <td className="amount">{formatPLN(i.offset)}</td>
              <td className="amount">{formatPLN(i.remainder)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>{t("leases.schedule.remainderAtEnd", { what: t(`leases.remainder.${schedule.remainderAtEnd}`) })}</th>
            <td className="amount">{formatPLN(schedule.investmentsRemainder)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The schedule section of a lease, loading its own data; `children` gets the loaded schedule (the next payment). */
export function LeaseSchedule({ lease, headingLevel = 2, before }: { lease: Pick<Lease, "id" | "number" | "paymentDay">; headingLevel?: 2 | 3; before?: (schedule: Schedule) => ReactNode }) {
  const { data, error, refetch } = useLeaseSchedule(lease.id);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `schedule-${lease.id}`;
  return (
    <section className="lease-section" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("leases.schedule.heading")}</Heading>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} title={t("leases.schedule.failed")} compact />}
      {!error && !data && <LoadingState />}
      {data && before?.(data)}
      {data && <ScheduleTable schedule={data} number={lease.number} />}
    </section>
  );
}
