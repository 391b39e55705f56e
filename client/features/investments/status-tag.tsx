import type { InvestmentStatus } from "@shared/contracts/investments.ts";
import { t } from "@client/lib/i18n/index.ts";
import { investmentStatusLabel } from "./labels.ts";

/** The status; for officers, what waits for them (consent of a proposal, acceptance of completed works). */
export function InvestmentStatusTag({ status, staff = false }: { status: InvestmentStatus; staff?: boolean }) {
  const waiting = staff && (status === "proposed" || status === "completed");
  return (
    <>
      <span className={`tag investment-status investment-status--${status}`}>{investmentStatusLabel(status)}</span>
      {waiting && <> <span className="tag investment-waiting">{t(status === "proposed" ? "investments.waiting.consent" : "investments.waiting.acceptance")}</span></>}
    </>
  );
}
