import type { Condition, AccessibilityFeature } from "@shared/contracts/premises.ts";
import { accessibilityLevel, MIN_DOOR_WIDTH_CM } from "@shared/domain/accessibility.ts";
import { PREMISES_VERSION_KEY } from "@server/features/premises/index.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { bumpDataVersion, type DbTx } from "@server/lib/db.ts";
import { CONDITION_RANK, conditionFromDb, conditionToDb } from "./columns.ts";
import { premisesFacts, updatePremises, type PremisesFacts } from "./repository.ts";

// What an accepted investment changes on its premises, in the acceptance's transaction: the
// accessibility features it added (and so the derived level), and after a renovation a better
// condition grade. A change moves the map's data version, so cached map answers are revalidated.

type Flag = Exclude<AccessibilityFeature, "wideDoor">;

function accessibilityOf(f: PremisesFacts) {
  return {
    stepFreeEntrance: f.stepFreeEntrance, ramp: f.ramp, lift: f.lift, doorWidthCm: f.doorWidthCm, levelFloor: f.levelFloor,
    accessibleToilet: f.accessibleToilet, disabledParking: f.disabledParking, contrastMarkings: f.contrastMarkings, inductionLoop: f.inductionLoop,
  };
}

/** The premises' accessibility record with the features set ("wideDoor": the door at least 90 cm, never narrowed). */
export function withFeatures(facts: PremisesFacts, features: readonly AccessibilityFeature[]) {
  const next = accessibilityOf(facts);
  for (const feature of features) {
    if (feature === "wideDoor") next.doorWidthCm = Math.max(next.doorWidthCm ?? 0, MIN_DOOR_WIDTH_CM);
    else next[feature satisfies Flag] = true;
  }
  return next;
}

export async function applyToPremises(
  tx: DbTx, actor: Actor, investmentId: string, premisesId: string,
  change: { features: readonly AccessibilityFeature[]; conditionAfter: Condition | null },
): Promise<void> {
  const facts = await premisesFacts(tx, premisesId);
  const accessibility = withFeatures(facts, change.features);
  const level = accessibilityLevel({ floor: facts.floor, ...accessibility });
  const condition = conditionFromDb(facts.condition);
  const better = change.conditionAfter !== null && CONDITION_RANK[change.conditionAfter] < CONDITION_RANK[condition] ? change.conditionAfter : null;
  const before = { ...accessibilityOf(facts), accessibilityLevel: facts.accessibilityLevel, condition };
  const after = { ...accessibility, accessibilityLevel: level, condition: better ?? condition };
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  await updatePremises(tx, premisesId, { ...accessibility, accessibilityLevel: level, ...(better ? { condition: conditionToDb(better) } : {}) });
  await recordAudit(tx, { actor, entity: "premises", entityId: premisesId, action: "investment", before, after: { ...after, investmentId } });
  await bumpDataVersion(tx, PREMISES_VERSION_KEY);
}
