import { formatArea, formatPLN, formatRate } from "@shared/domain/decimal-text.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { lang, t, type MessageKey } from "@client/lib/i18n/index.ts";
import { floorLabel } from "@client/lib/premises-format.ts";
import { fieldLabel } from "./form-sections.tsx";

// The premises history in the officer's words: "Ocena stanu technicznego: dobry → zły", "Stawka: 28,50 zł/m²",
// "Dodanie pliku: zdjęcie, witryna.jpg, 1,2 MB", never "good", "28.50" or a file's hash.

const FILE_LABELS: Record<string, MessageKey> = {
  kind: "premisesRegister.files.kind", originalName: "premisesRegister.audit.fileName",
  alt: "premisesRegister.audit.alt", size: "premisesRegister.audit.size",
};
const OTHER_LABELS: Record<string, MessageKey> = { withdrawalReason: "premisesRegister.withdrawReason" };
const WORDS: Record<string, string> = {
  condition: "condition", status: "status", allowedUses: "use", "utilities.heating": "heating", "utilities.toilet": "toilet", kind: "premisesRegister.files",
};
const DATES = new Set(["lastInspection", "availableFrom"]);
const number = (value: number, digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);

export function premisesFieldLabel(field: string): string {
  const own = FILE_LABELS[field] ?? OTHER_LABELS[field];
  return own ? t(own) : fieldLabel(field);
}

/** A value as the form shows it; undefined leaves it to the history's plain rendering (yes/no, text). */
export function premisesValue(field: string, value: unknown, districtName: (id: string) => string): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const words = WORDS[field];
  if (words && Array.isArray(value)) return value.map((v) => t(`${words}.${String(v)}` as MessageKey)).join(", ");
  if (words && typeof value === "string") return t(`${words}.${value}` as MessageKey);
  if (typeof value === "string") {
    if (field === "usableArea") return formatArea(value);
    if (field === "baseRent") return formatRate(value);
    if (field === "worksCost") return formatPLN(value);
    if (field === "district") return districtName(value);
    if (DATES.has(field)) return formatDate(value);
  }
  if (typeof value === "number") {
    if (field === "size") return value >= 1024 * 1024 ? `${number(value / 1024 / 1024, 1)} MB` : `${number(Math.max(1, value / 1024), 0)} KB`;
    if (field === "floor") return floorLabel(value);
    if (field === "lat" || field === "lng") return number(value, 6);
    if (field === "accessibility.doorWidthCm") return `${value} cm`;
  }
  return undefined;
}
