import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import { z } from "zod";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { PremisesWrite } from "@shared/contracts/premises-register.ts";
import { parseDecimal } from "@shared/domain/money.ts";
import { hasValidationMessage } from "@shared/i18n/validation.ts";

/**
 * What the premises form holds: numbers as the officer types them ("42,5", "50,0614"), empty boxes
 * as "". They become a PremisesWrite here, and the shared schema checks the result.
 */
export interface FormValues {
  inventoryCode: string;
  street: string;
  buildingNo: string;
  unitNo: string;
  postalCode: string;
  district: string;
  lat: string;
  lng: string;
  usableArea: string;
  floor: string;
  rooms: string;
  separateEntrance: boolean;
  shopWindow: boolean;
  allowedUses: string[];
  condition: string;
  lastInspection: string;
  worksNeeded: string;
  worksCost: string;
  heritage: boolean;
  utilities: { electricity: boolean; water: boolean; sewage: boolean; gas: boolean; heating: string; toilet: string };
  accessibility: {
    stepFreeEntrance: boolean; ramp: boolean; lift: boolean; doorWidthCm: string; levelFloor: boolean;
    accessibleToilet: boolean; disabledParking: boolean; contrastMarkings: boolean; inductionLoop: boolean;
  };
  baseRent: string;
  status: string;
  socialPool: boolean;
  availableFrom: string;
  description: string;
}

const decimalText = (value: string) => value.replace(".", ",");

export function toFormValues(p?: PremisesDetail): FormValues {
  if (!p) {
    return {
      inventoryCode: "", street: "", buildingNo: "", unitNo: "", postalCode: "", district: "", lat: "", lng: "",
      usableArea: "", floor: "0", rooms: "1", separateEntrance: false, shopWindow: false, allowedUses: [], condition: "",
      lastInspection: "", worksNeeded: "", worksCost: "", heritage: false,
      utilities: { electricity: true, water: true, sewage: true, gas: false, heating: "", toilet: "" },
      accessibility: {
        stepFreeEntrance: false, ramp: false, lift: false, doorWidthCm: "", levelFloor: false,
        accessibleToilet: false, disabledParking: false, contrastMarkings: false, inductionLoop: false,
      },
      baseRent: "", status: "available", socialPool: false, availableFrom: "", description: "",
    };
  }
  return {
    ...p,
    unitNo: p.unitNo ?? "",
    lat: decimalText(String(p.lat)),
    lng: decimalText(String(p.lng)),
    usableArea: decimalText(p.usableArea),
    floor: String(p.floor),
    rooms: String(p.rooms),
    allowedUses: [...p.allowedUses],
    lastInspection: p.lastInspection ?? "",
    worksNeeded: p.worksNeeded ?? "",
    worksCost: p.worksCost === null ? "" : decimalText(p.worksCost),
    accessibility: { ...p.accessibility, doorWidthCm: p.accessibility.doorWidthCm === null ? "" : String(p.accessibility.doorWidthCm) },
    baseRent: decimalText(p.baseRent),
    availableFrom: p.availableFrom ?? "",
  };
}

// A value that cannot be read stays as typed, so the schema refuses it at its field.
const orNull = (s: string, read: (s: string) => unknown) => (s.trim() === "" ? null : read(s.trim()));
const decimal = (s: string) => parseDecimal(s.trim())?.toFixed(2) ?? s;
const integer = (s: string) => (/^[-−]?\d+$/.test(s.trim()) ? Number(s.trim().replace("−", "-")) : s);
const coordinate = (s: string) => (/^-?\d{1,3}([.,]\d+)?$/.test(s.trim()) ? Number(s.trim().replace(",", ".")) : s);

export function fromFormValues(v: FormValues): unknown {
  return {
    ...v,
    unitNo: orNull(v.unitNo, String),
    lat: coordinate(v.lat),
    lng: coordinate(v.lng),
    usableArea: decimal(v.usableArea),
    floor: integer(v.floor),
    rooms: integer(v.rooms),
    lastInspection: orNull(v.lastInspection, String),
    worksNeeded: orNull(v.worksNeeded, String),
    worksCost: orNull(v.worksCost, decimal),
    accessibility: { ...v.accessibility, doorWidthCm: orNull(v.accessibility.doorWidthCm, integer) },
    baseRent: decimal(v.baseRent),
    availableFrom: orNull(v.availableFrom, String),
  };
}

export const PremisesForm = z.preprocess((values: FormValues) => fromFormValues(values), PremisesWrite);

// Zod's own words for a box that holds no number are not the officer's: say what to type instead.
const WHEN_UNREADABLE: Record<string, string> = {
  usableArea: "decimal.invalid", baseRent: "decimal.invalid", worksCost: "decimal.invalid",
  lat: "lat.number", lng: "lng.number", floor: "csv.integer", rooms: "csv.integer",
  "accessibility.doorWidthCm": "doorWidth.invalid",
};

function inOurWords(errors: FieldErrors, prefix = ""): void {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "root" || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const error = value as FieldError;
    if (typeof error.message === "string" && error.type) {
      if (!hasValidationMessage(error.message)) error.message = WHEN_UNREADABLE[path] ?? (hasValidationMessage(error.type) ? error.type : "invalid_value");
    } else {
      inOurWords(value as FieldErrors, path);
    }
  }
}

const zod = zodResolver(PremisesForm);

export const premisesResolver: Resolver<FormValues, unknown, PremisesWrite> = async (values, context, options) => {
  const result = await zod(values, context, options);
  inOurWords(result.errors);
  return result;
};
