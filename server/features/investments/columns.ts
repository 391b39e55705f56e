import { z } from "zod";
import { jsonColumn } from "@shared/contracts/decision-records.ts";
import { Invoice, InvestmentEstimateItem, InvestmentStep, type InvestmentCategory } from "@shared/contracts/investments.ts";
import { AccessibilityFeature, type Condition } from "@shared/contracts/premises.ts";

// The JSON columns of an investment, parsed with the contract's schemas on every read and write, and
// the enum values the database spells with an underscore.

export const estimateColumn = jsonColumn(z.array(InvestmentEstimateItem));
export const invoicesColumn = jsonColumn(z.array(Invoice));
export const featuresColumn = jsonColumn(z.array(AccessibilityFeature));
export const historyColumn = jsonColumn(z.array(InvestmentStep));

type DbCategory = "accessibility" | "renovation" | "utilities" | "fit_out" | "other";
export const categoryToDb = (c: InvestmentCategory): DbCategory => (c === "fit-out" ? "fit_out" : c);
export const categoryFromDb = (c: DbCategory): InvestmentCategory => (c === "fit_out" ? "fit-out" : c);

type DbCondition = "good" | "fair" | "poor" | "needs_renovation";
export const conditionToDb = (c: Condition): DbCondition => (c === "needs-renovation" ? "needs_renovation" : c);
export const conditionFromDb = (c: DbCondition): Condition => (c === "needs_renovation" ? "needs-renovation" : c);

/** Best first: a renovation may move a premises up this list, never down. */
export const CONDITION_RANK: Record<Condition, number> = { good: 0, fair: 1, poor: 2, "needs-renovation": 3 };
