import type { ApplicationStatus } from "@shared/contracts/applications.ts";
import type { Use } from "@shared/contracts/premises.ts";
import { t } from "@client/lib/i18n/index.ts";

export const statusLabel = (status: ApplicationStatus) => t(`applications.status.${status}`);
export const purposeLabel = (use: Use) => t(`use.${use}`);

const FORM_FIELDS = [
  "organisationId", "intendedUse", "activity", "socialPurpose", "employees", "employeesAtRisk",
  "requestedStart", "requestedMonths", "tenantWillRenovate", "accessibilityNeeds",
] as const;

/** The words for a field of the application form, for the error summary ("fitOut.0.cost"). */
export function applicationFieldLabel(path: string): string {
  const [field, index, sub] = path.split(".");
  if ((FORM_FIELDS as readonly string[]).includes(field ?? "")) return t(`applications.form.${field as (typeof FORM_FIELDS)[number]}`);
  if (field === "fitOut" && index !== undefined) {
    const item = t("applications.form.fitOutItem", { n: Number(index) + 1 });
    if (sub === "description") return `${item}: ${t("applications.form.fitOutDescription")}`;
    if (sub === "cost") return `${item}: ${t("applications.form.fitOutCost")}`;
    return item;
  }
  if (field === "premisesId") return t("applications.mine.premises");
  return path;
}
