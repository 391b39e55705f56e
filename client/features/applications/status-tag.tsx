import type { ApplicationStatus } from "@shared/contracts/applications.ts";
import { statusLabel } from "./labels.ts";

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <span className={`tag application-status application-status--${status}`}>{statusLabel(status)}</span>;
}
