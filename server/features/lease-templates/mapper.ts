import { jsonColumn } from "@shared/contracts/decision-records.ts";
import { LeaseTemplateClauses, type LeaseTemplate } from "@shared/contracts/lease-templates.ts";
import type { LeaseTemplateRow } from "./repository.ts";

/** LeaseTemplate.clauses: parsed with its schema on every read. */
export const clausesColumn = jsonColumn(LeaseTemplateClauses);

export function toLeaseTemplate(row: LeaseTemplateRow): LeaseTemplate {
  return { version: row.version, isExample: row.isExample, clauses: clausesColumn.read(row.clauses), createdAt: row.createdAt.toISOString(), createdBy: row.createdBy };
}
