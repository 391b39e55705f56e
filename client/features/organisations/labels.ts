import {
  LEGAL_FORMS, ORGANISATION_STATUSES, REINTEGRATION_TYPES, type LegalForm, type OrganisationStatus, type ReintegrationType,
} from "@shared/contracts/organisations.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatEUR } from "@shared/domain/money.ts";
import { t } from "@client/lib/i18n/index.ts";

const FIELDS = [
  "name", "legalForm", "krs", "nip", "regon", "street", "postalCode", "city", "email", "phone",
  "socialEnterprise", "socialEnterpriseSince", "publicBenefit", "reintegrationType", "economicActivity", "verifiedAt",
] as const;
const AID_FIELDS = ["grantor", "grantedOn", "amountEur"] as const;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

export const legalFormLabel = (form: LegalForm) => t(`organisation.legalForm.${form}`);
export const statusLabel = (status: OrganisationStatus) => t(`organisation.status.${status}`);
export const reintegrationLabel = (type: ReintegrationType | null) => t(`organisation.reintegration.${type ?? "none"}`);

/** The words for a field of an organisation, for form errors ("declaredAid.0.amountEur") and the history. */
export function organisationFieldLabel(path: string): string | undefined {
  const [field, index, sub] = path.split(".");
  if (isOneOf(FIELDS, field)) return t(`organisation.fields.${field}`);
  if (field === "status") return t("organisation.statusLabel");
  if (field === "returnReason") return t("organisation.returnReason");
  if (field === "members") return t("organisation.members.heading");
  if (field === "declaredAid") {
    if (index === undefined) return t("organisation.sections.aid");
    const entry = t("organisation.aid.entry", { n: Number(index) + 1 });
    return isOneOf(AID_FIELDS, sub) ? `${entry}: ${t(`organisation.aid.${sub}`)}` : entry;
  }
  return undefined;
}

interface AidValue { grantor: string; grantedOn: string; amountEur: string }

/** A value of the audit trail in the user's words. */
export function organisationValue(field: string, value: unknown): string | undefined {
  if (field === "legalForm" && isOneOf(LEGAL_FORMS, value)) return legalFormLabel(value);
  if (field === "status" && isOneOf(ORGANISATION_STATUSES, value)) return statusLabel(value);
  if (field === "reintegrationType" && (value === null || isOneOf(REINTEGRATION_TYPES, value))) return reintegrationLabel(value);
  if (field === "verifiedAt" && typeof value === "string") return formatDate(value);
  if (field === "declaredAid" && Array.isArray(value) && value.length > 0) {
    return (value as AidValue[]).map((a) => `${a.grantor}, ${formatDate(a.grantedOn)}, ${formatEUR(a.amountEur)}`).join("; ");
  }
  return undefined;
}
