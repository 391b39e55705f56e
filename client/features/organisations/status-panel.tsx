import type { OrganisationDetail } from "@shared/contracts/organisations.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { t } from "@client/lib/i18n/index.ts";
import { StatusTag } from "./status-tag.tsx";

/** Where the organisation stands in its verification, and what the officer said when it was returned. */
export function StatusPanel({ organisation }: { organisation: OrganisationDetail }) {
  const { status, returnReason, verifiedAt } = organisation;
  return (
    <div className={`notice status-panel status-panel--${status}`}>
      <p className="notice__title">{t("organisation.statusLabel")}: <StatusTag status={status} /></p>
      <p>{t(`organisation.statusHelp.${status}`)}</p>
      {status === "returned" && returnReason && <p><strong>{t("organisation.returnReason")}:</strong> {returnReason}</p>}
      {status === "verified" && verifiedAt && <p>{t("organisation.review.verifiedAt", { date: formatDate(verifiedAt) })}</p>}
    </div>
  );
}
