import { describe, expect, it } from "vitest";
import { accessibilityLevel, type AccessibilityFacts } from "./accessibility.ts";

const groundFloorAccessible: AccessibilityFacts = {
  floor: 0, stepFreeEntrance: true, ramp: false, lift: false,
  doorWidthCm: 90, levelFloor: true, accessibleToilet: true,
};

describe("accessibility level", () => {
  it("a step-free ground-floor unit with a 90 cm door, level floor and accessible toilet is fully accessible", () => {
    expect(accessibilityLevel(groundFloorAccessible)).toBe("full");
  });

  it("a ramp counts as a step-free entrance", () => {
    expect(accessibilityLevel({ ...groundFloorAccessible, stepFreeEntrance: false, ramp: true })).toBe("full");
  });

  it("a door of 89 cm makes a reachable unit only partially accessible", () => {
    expect(accessibilityLevel({ ...groundFloorAccessible, doorWidthCm: 89 })).toBe("partial");
  });

  it("an unknown door width is not assumed to be wide enough", () => {
    expect(accessibilityLevel({ ...groundFloorAccessible, doorWidthCm: null })).toBe("partial");
  });

  it("a unit without an accessible toilet is partial", () => {
    expect(accessibilityLevel({ ...groundFloorAccessible, accessibleToilet: false })).toBe("partial");
  });

  it("a first-floor unit without a lift cannot be reached", () => {
    expect(accessibilityLevel({ ...groundFloorAccessible, floor: 1 })).toBe("none");
  });

  it("a basement unit with a lift and everything else is fully accessible", () => {
    expect(accessibilityLevel({ ...groundFloorAccessible, floor: -1, lift: true })).toBe("full");
  });

  it("steps at the entrance make the unit inaccessible whatever is inside", () => {
    expect(accessibilityLevel({ ...groundFloorAccessible, stepFreeEntrance: false })).toBe("none");
  });
});
