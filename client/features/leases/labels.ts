import type { Lease, LeaseStatus } from "@shared/contracts/leases.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPercent, toDecimal } from "@shared/domain/money.ts";
import { t } from "@client/lib/i18n/index.ts";

export const leaseStatusLabel = (status: LeaseStatus) => t(`leases.status.${status}`);

/** "01.05.2026 – 30.04.2027", or "01.05.2026 – na czas nieokreślony". */
export const leaseTerm = (lease: Pick<Lease, "startDate" | "endDate">) =>
  t("leases.term", { start: formatDate(lease.startDate), end: lease.endDate ? formatDate(lease.endDate) : t("leases.indefinite") });

/** A fraction "0.23" as "23%". */
export const fractionPercent = (fraction: string) => formatPercent(toDecimal(fraction).times(100));

/** "2026-05" as "05.2026". */
export const formatMonth = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;
