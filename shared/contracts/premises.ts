import { z } from "zod";
import { DISTRICT_IDS } from "@shared/districts.ts";
import { DecimalString, CalendarDate, PageInfo, Paging, booleanParam, hundredths, listParam } from "./common.ts";

export const CONDITIONS = ["good", "fair", "poor", "needs-renovation"] as const;
export const STATUSES = ["available", "reserved", "leased", "under-renovation", "withdrawn"] as const;
export const USES = ["gastronomy", "retail", "services", "office", "workshop", "storage", "community"] as const;
export const HEATING = ["district", "gas", "electric", "solid-fuel", "none"] as const;
export const TOILETS = ["in-unit", "shared", "none"] as const;
export const ACCESSIBILITY_LEVELS = ["full", "partial", "none"] as const;
export const ACCESSIBILITY_FEATURES = [
  "stepFreeEntrance", "ramp", "lift", "wideDoor", "levelFloor", "accessibleToilet",
  "disabledParking", "contrastMarkings", "inductionLoop",
] as const;

/** A choice from a list: nothing chosen asks to choose (not "unknown district"), anything off the list is `invalid`. */
const choice = <const T extends readonly [string, ...string[]]>(values: T, invalid: string) =>
  z.enum(values, { error: (issue) => (issue.input === "" || issue.input === undefined || issue.input === null ? "choice.required" : invalid) });

export const Condition = choice(CONDITIONS, "condition.invalid");
export const Status = choice(STATUSES, "status.invalid");
export const Use = z.enum(USES, { message: "use.invalid" });
export const AccessibilityLevel = z.enum(ACCESSIBILITY_LEVELS, { message: "accessibility.invalid" });
export const AccessibilityFeature = z.enum(ACCESSIBILITY_FEATURES, { message: "feature.invalid" });
export const District = choice(DISTRICT_IDS, "district.invalid");
export type Condition = z.infer<typeof Condition>;
export type Status = z.infer<typeof Status>;
export type Use = z.infer<typeof Use>;
export type AccessibilityFeature = z.infer<typeof AccessibilityFeature>;

const Utilities = z.object({
  electricity: z.boolean(),
  water: z.boolean(),
  sewage: z.boolean(),
  gas: z.boolean(),
  heating: choice(HEATING, "heating.invalid"),
  toilet: choice(TOILETS, "toilet.invalid"),
});

const Accessibility = z.object({
  stepFreeEntrance: z.boolean(),
  ramp: z.boolean(),
  lift: z.boolean(),
  doorWidthCm: z.number().int("doorWidth.invalid").min(40, "doorWidth.invalid").max(400, "doorWidth.invalid").nullable(),
  levelFloor: z.boolean(),
  accessibleToilet: z.boolean(),
  disabledParking: z.boolean(),
  contrastMarkings: z.boolean(),
  inductionLoop: z.boolean(),
});

/** Everything an officer records about a premises; also the shape of the fixtures. */
export const PremisesInput = z.object({
  inventoryCode: z.string().trim().min(1, "required").max(40),
  street: z.string().trim().min(2, "required").max(120),
  buildingNo: z.string().trim().min(1, "required").max(12),
  unitNo: z.string().trim().min(1).max(12).nullable(),
  postalCode: z.string().regex(/^\d{2}-\d{3}$/, "postalCode.invalid"),
  district: District,
  lat: z.number().min(49.9, "lat.outside").max(50.2, "lat.outside"),
  lng: z.number().min(19.7, "lng.outside").max(20.3, "lng.outside"),
  usableArea: DecimalString,
  floor: z.number().int().min(-3).max(30),
  rooms: z.number().int().min(1).max(200),
  separateEntrance: z.boolean(),
  shopWindow: z.boolean(),
  allowedUses: z.array(Use).min(1, "uses.required"),
  condition: Condition,
  lastInspection: CalendarDate.nullable(),
  worksNeeded: z.string().trim().max(2000).nullable(),
  worksCost: DecimalString.nullable(),
  heritage: z.boolean(),
  utilities: Utilities,
  accessibility: Accessibility,
  baseRent: DecimalString,
  status: Status,
  socialPool: z.boolean(),
  availableFrom: CalendarDate.nullable(),
  description: z.string().trim().max(4000),
}).meta({ id: "PremisesInput" });
export type PremisesInput = z.infer<typeof PremisesInput>;

export const PremisesDetail = PremisesInput.extend({
  id: z.string(),
  accessibilityLevel: AccessibilityLevel,
  updatedAt: z.string(),
}).meta({ id: "PremisesDetail" });
export type PremisesDetail = z.infer<typeof PremisesDetail>;

/** A premises' first photo: small in the catalogue list, with the officer's description as its alt text. */
export const PremisesPhoto = z.object({ url: z.string(), thumbnailUrl: z.string(), alt: z.string() });
export type PremisesPhoto = z.infer<typeof PremisesPhoto>;

export const PremisesSummary = z.object({
  id: z.string(),
  inventoryCode: z.string(),
  street: z.string(),
  buildingNo: z.string(),
  unitNo: z.string().nullable(),
  postalCode: z.string(),
  district: District,
  lat: z.number(),
  lng: z.number(),
  usableArea: DecimalString,
  floor: z.number().int(),
  condition: Condition,
  accessibilityLevel: AccessibilityLevel,
  allowedUses: z.array(Use),
  baseRent: DecimalString,
  status: Status,
  socialPool: z.boolean(),
  availableFrom: z.string().nullable(),
  photo: PremisesPhoto.nullable(),
}).meta({ id: "PremisesSummary" });
export type PremisesSummary = z.infer<typeof PremisesSummary>;

/** The photos of GET /api/premises/{id}/files, as little as the map's popup needs (the home page's code stays small). */
export const PremisesPhotoList = z.object({ items: z.array(z.object({ id: z.string(), kind: z.string(), alt: z.string() })) });

/** Where a photo is served small (GET /api/files/{fileId}/thumbnail). */
export const thumbnailUrl = (fileId: string) => `/api/files/${encodeURIComponent(fileId)}/thumbnail`;

export const PremisesPage = z.object({ items: z.array(PremisesSummary), page: PageInfo }).meta({ id: "PremisesPage" });
export type PremisesPage = z.infer<typeof PremisesPage>;

const Bbox = z.string().transform((raw, ctx) => {
  const parts = raw.split(",").map((p) => p.trim());
  const numbers = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === "") || numbers.some((n) => !Number.isFinite(n))) {
    ctx.addIssue({ code: "custom", message: "bbox.format" });
    return z.NEVER;
  }
  const [minLng, minLat, maxLng, maxLat] = numbers as [number, number, number, number];
  const inRange = Math.abs(minLat) <= 90 && Math.abs(maxLat) <= 90 && Math.abs(minLng) <= 180 && Math.abs(maxLng) <= 180;
  if (!inRange || minLng > maxLng || minLat > maxLat) {
    ctx.addIssue({ code: "custom", message: "bbox.range" });
    return z.NEVER;
  }
  return { minLng, minLat, maxLng, maxLat };
});

export const SORTS = ["code", "area", "-area", "rent", "-rent", "district", "available-from"] as const;

/** The catalogue filters, shared by the list, the GeoJSON endpoint and the map client's URL. */
export const PremisesFilter = z.object({
  district: listParam(District).optional(),
  minArea: hundredths("minArea.invalid").optional(),
  maxArea: hundredths("maxArea.invalid").optional(),
  maxRent: hundredths("maxRent.invalid").optional(),
  condition: listParam(Condition).optional(),
  accessibility: listParam(AccessibilityLevel).optional(),
  features: listParam(AccessibilityFeature).optional(),
  use: listParam(Use).optional(),
  status: listParam(Status).default(["available"]),
  socialPool: booleanParam.optional(),
  bbox: Bbox.optional(),
  q: z.string().trim().max(100, "q.tooLong").optional(),
}).refine((f) => f.minArea === undefined || f.maxArea === undefined || f.minArea <= f.maxArea, {
  message: "area.range", path: ["maxArea"],
});
export type PremisesFilter = z.infer<typeof PremisesFilter>;

export const PremisesListQuery = z.object({
  ...Paging.shape,
  sort: z.enum(SORTS, { message: "sort.invalid" }).default("code"),
}).and(PremisesFilter);
export type PremisesListQuery = z.infer<typeof PremisesListQuery>;

export const PremisesFeatureProperties = z.object({
  id: z.string(),
  code: z.string(),
  address: z.string(),
  district: District,
  area: DecimalString,
  rent: DecimalString,
  level: AccessibilityLevel,
  condition: Condition,
  status: Status,
  socialPool: z.boolean(),
});
export type PremisesFeatureProperties = z.infer<typeof PremisesFeatureProperties>;

export const PremisesFeatureCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.object({
    type: z.literal("Feature"),
    geometry: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }),
    properties: PremisesFeatureProperties,
  })),
}).meta({ id: "PremisesFeatureCollection" });

export const PremisesId = z.object({ id: z.string().uuid({ message: "id.invalid" }) });
