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

/** A message key per field, in the order the schema found them. */
export type FilterErrors = Partial<Record<keyof FilterValues, string>>;

/** What is wrong with `values`, the first message per field; empty when the search can be applied. */
export function filterErrors(values: FilterValues): FilterErrors {
  const result = FilterForm.safeParse(values);
  const errors: FilterErrors = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0]) as keyof FilterValues] ??= issue.message;
  return errors;
}
