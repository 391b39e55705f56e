import { z } from "zod";
import { Category, PolicyRef } from "./rate-policy.ts";
import { DecimalString } from "./common.ts";

// The preview of a draft version of the rate policy: for a sample of available premises, the rate
// of each category under the version in force today and under the draft, side by side. The draft is
// the body of POST /api/rate-policies (RatePolicyInput); nothing is stored.

export const PREVIEW_SAMPLE_SIZE = 8;

export const PolicyPreviewLine = z.object({
  category: Category,
  label: z.string(),
  /** null: today's version has no such category (or there is no version in force). */
  current: DecimalString.nullable(),
  /** null: the draft drops the category. */
  proposed: DecimalString.nullable(),
}).meta({ id: "PolicyPreviewLine" });
export type PolicyPreviewLine = z.infer<typeof PolicyPreviewLine>;

export const PolicyPreview = z.object({
  current: PolicyRef.nullable(),
  premises: z.array(z.object({
    id: z.string(),
    inventoryCode: z.string(),
    address: z.string(),
    district: z.string(),
    area: DecimalString,
    baseRate: DecimalString,
    lines: z.array(PolicyPreviewLine),
  })),
}).meta({ id: "PolicyPreview" });
export type PolicyPreview = z.infer<typeof PolicyPreview>;
