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

/** The premises' record as the handover protocol shows it. */
export function findHandoverRecord(db: DbTx, premisesId: string) {
  return db.premises.findUnique({
    where: { id: premisesId },
    select: {
      condition: true, lastInspection: true, worksNeeded: true, electricity: true, water: true, sewage: true, gas: true, heating: true, toilet: true,
      stepFreeEntrance: true, ramp: true, lift: true, doorWidthCm: true, levelFloor: true, accessibleToilet: true, disabledParking: true,
      contrastMarkings: true, inductionLoop: true, floor: true,
    },
  });
}
export type HandoverRow = NonNullable<Awaited<ReturnType<typeof findHandoverRecord>>>;

/** The names of the people who represent the organisation in this system, earliest first. */
export async function findRepresentatives(db: DbTx, organisationId: string): Promise<string[]> {
  const members = await db.membership.findMany({ where: { organisationId }, orderBy: [{ createdAt: "asc" }, { userId: "asc" }], select: { user: { select: { name: true } } } });
  return members.map((m) => m.user.name);
}
