/**
 * The derived accessibility level of a premises: the one rule, used by the server when it stores a
 * premises and by the client when it shows one.
 *
 * - "full": a wheelchair user can get in and use the unit on their own: step-free entrance or a ramp,
 *   a lift when the unit is not on the ground floor, an entrance door at least 90 cm clear, a level
 *   floor inside (no thresholds) and an accessible toilet.
 * - "partial": a wheelchair user can get in (step-free or ramp, and a lift above or below ground level)
 *   but at least one of the other "full" conditions is missing or unknown.
 * - "none": the unit cannot be reached without steps.
 *
 * Thresholds follow the Act of 19 July 2019 on ensuring accessibility (DOMAIN.md).
 */
export const MIN_DOOR_WIDTH_CM = 90;

export interface AccessibilityFacts {
  floor: number;
  stepFreeEntrance: boolean;
  ramp: boolean;
  lift: boolean;
  doorWidthCm: number | null;
  levelFloor: boolean;
  accessibleToilet: boolean;
}

export type AccessibilityLevel = "full" | "partial" | "none";

export function canBeReachedStepFree(f: AccessibilityFacts): boolean {
  const entrance = f.stepFreeEntrance || f.ramp;
  return entrance && (f.floor === 0 || f.lift);
}

export function accessibilityLevel(f: AccessibilityFacts): AccessibilityLevel {
  if (!canBeReachedStepFree(f)) return "none";
  const wideDoor = f.doorWidthCm !== null && f.doorWidthCm >= MIN_DOOR_WIDTH_CM;
  return wideDoor && f.levelFloor && f.accessibleToilet ? "full" : "partial";
}
