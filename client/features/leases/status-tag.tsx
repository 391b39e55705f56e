import type { LeaseStatus } from "@shared/contracts/leases.ts";
import { leaseStatusLabel } from "./labels.ts";

export function LeaseStatusTag({ status }: { status: LeaseStatus }) {
  return <span className={`tag lease-status lease-status--${status}`}>{leaseStatusLabel(status)}</span>;
}
