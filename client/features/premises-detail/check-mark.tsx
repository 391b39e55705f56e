import { t } from "@client/lib/i18n/index.ts";

export type CheckState = "yes" | "no" | "unknown" | "not-applicable";

const SYMBOL: Record<CheckState, string> = { yes: "✓", no: "✗", unknown: "?", "not-applicable": "–" };

/** One line of a checklist: a symbol for the eye, the same fact in words for everyone. */
export function CheckItem({ state, label, value }: { state: CheckState; label: string; value?: string }) {
  const words = value ?? (state === "yes" ? t("app.yes") : state === "no" ? t("app.no") : t("app.notApplicable"));
  return (
    <li className={`detail-check detail-check--${state}`}>
      <span className="detail-check__symbol" aria-hidden="true">{SYMBOL[state]}</span>
      <span className="detail-check__label">{label}<span className="visually-hidden">:</span></span>
      <span className="detail-check__value">{words}</span>
    </li>
  );
}

export const checkOf = (value: boolean): CheckState => (value ? "yes" : "no");
