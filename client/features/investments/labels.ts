import type { AccessibilityFeature } from "@shared/contracts/premises.ts";
import type { InvestmentCategory, InvestmentStatus } from "@shared/contracts/investments.ts";
import { hundredthsFromString, hundredthsToString } from "@shared/contracts/common.ts";
import { MIN_DOOR_WIDTH_CM } from "@shared/domain/accessibility.ts";
import { t } from "@client/lib/i18n/index.ts";

export const investmentStatusLabel = (status: InvestmentStatus) => t(`investments.status.${status}`);
export const investmentCategoryLabel = (category: InvestmentCategory) => t(`investments.category.${category}`);
export const featureLabel = (feature: AccessibilityFeature) => t(`feature.${feature}`, { min: MIN_DOOR_WIDTH_CM });

/**
 * An amount as people type it ("1800", "1800.50", "1 800,50") in the API's form ("1800.50"): spaces
 * dropped and a decimal comma read as a dot. Anything else is passed on as typed, for the check to name.
 */
export function amountInput(value: string): string {
  const compact = value.replace(/[\s\u00a0]/g, "");
  return /^\d+,\d{1,2}$/.test(compact) ? compact.replace(",", ".") : compact;
}

/** The sum of the amounts that can be read (the others count as 0), as "1234.56": a live total beside a form. */
export function sumOfAmounts(values: readonly (string | undefined)[]): string {
  return hundredthsToString(values.reduce((sum, v) => sum + (hundredthsFromString(amountInput(v ?? "")) ?? 0), 0));
}
