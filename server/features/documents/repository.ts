import type { Prisma } from "@server/generated/prisma/client.ts";
import type { DbTx } from "@server/lib/db.ts";

export const decisionRecordInclude = {
  decision: {
    include: {
      terms: { include: { policyVersion: { select: { name: true, effectiveFrom: true, isExample: true } }, deMinimisAid: true } },
    },
  },
} as const satisfies Prisma.ApplicationInclude;
export type DecisionRecordRow = Prisma.ApplicationGetPayload<{ include: typeof decisionRecordInclude }>;

/** The application with its decision record (terms and de minimis aid, for an approval). */
export function findDecisionRecord(db: DbTx, applicationId: string): Promise<DecisionRecordRow | null> {
  return db.application.findUnique({ where: { id: applicationId }, include: decisionRecordInclude });
}
