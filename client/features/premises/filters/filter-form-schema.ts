import { z } from "zod";
import {
  AccessibilityFeature, AccessibilityLevel, Condition, District, PremisesFilter, Status, Use,
} from "@shared/contracts/premises.ts";
import { filterParams, type FilterValues } from "@client/lib/url-state/filter-params.ts";

const FilterFields = z.object({
  q: z.string(),
  district: z.array(District),
  minArea: z.string(),
  maxArea: z.string(),
  maxRent: z.string(),
  condition: z.array(Condition),
  accessibility: z.array(AccessibilityLevel),
  features: z.array(AccessibilityFeature),
  use: z.array(Use),
  status: z.array(Status),
  socialPool: z.enum(["", "true", "false"]),
}) satisfies z.ZodType<FilterValues>;

/**
 * The filter form is checked by the schema the API checks the same parameters with, so both say
 * the same thing in the same words (message keys of shared/i18n/validation).
 */
export const FilterForm = FilterFields
  .transform((values): unknown => Object.fromEntries(filterParams(values)))
  .pipe(PremisesFilter);
