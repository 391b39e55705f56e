import type { DbTx } from "@server/lib/db.ts";
import type { DecisionDocument } from "./data.ts";
import { toDecisionDocument } from "./mapper.ts";
import { findDecisionRecord } from "./repository.ts";

/** The application's owner and its decision as the documents print it; null when not decided. */
export async function loadDecisionDocument(db: DbTx, applicationId: string): Promise<{ organisationId: string; document: DecisionDocument | null } | null> {
  const row = await findDecisionRecord(db, applicationId);
  if (!row) return null;
  return { organisationId: row.organisationId, document: row.decision && toDecisionDocument(row, row.decision) };
}
