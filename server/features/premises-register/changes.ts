import type { PremisesInput } from "@shared/contracts/premises.ts";
import type { ImportFieldChange } from "@shared/contracts/premises-register.ts";
import { COLUMNS } from "./csv/columns.ts";
import { valueAt } from "./csv/write.ts";

/** Uses are a set: the order a spreadsheet lists them in changes nothing. */
const canonical = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...(value as string[])].sort() : value ?? null);

/**
 * The fields of the register's spreadsheet in which `after` differs from `before`, in column order,
 * each value written as the spreadsheet writes it ("42,50", "tak", "14.09.2025", "Stare Miasto"),
 * under the column's Polish header: what an officer sees in the file is what the dry run lists.
 */
export function fieldChanges(before: PremisesInput, after: PremisesInput): ImportFieldChange[] {
  const changes: ImportFieldChange[] = [];
  for (const column of COLUMNS) {
    const old = valueAt(before, column.field) ?? null;
    const next = valueAt(after, column.field) ?? null;
    if (canonical(old) === canonical(next)) continue;
    changes.push({ field: column.field, column: column.header, before: column.cell.write(old), after: column.cell.write(next) });
  }
  return changes;
}
