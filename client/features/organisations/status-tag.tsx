import type { OrganisationStatus } from "@shared/contracts/organisations.ts";
import { statusLabel } from "./labels.ts";

export function StatusTag({ status }: { status: OrganisationStatus }) {
  return <span className={`tag org-status org-status--${status}`}>{statusLabel(status)}</span>;
}
