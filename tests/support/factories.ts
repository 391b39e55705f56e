import type { PremisesInput } from "@shared/contracts/premises.ts";
import type { Db } from "@server/lib/db.ts";
import { insertPremises } from "@server/features/premises/repository.ts";

let sequence = 0;

type Overrides = Partial<Omit<PremisesInput, "utilities" | "accessibility">> & {
  utilities?: Partial<PremisesInput["utilities"]>;
  accessibility?: Partial<PremisesInput["accessibility"]>;
};

/** A plausible premises in Stare Miasto; override what the test is about. */
export function premisesInput(overrides: Overrides = {}): PremisesInput {
  sequence += 1;
  const { utilities, accessibility, ...rest } = overrides;
  return {
    inventoryCode: `TEST/${String(sequence).padStart(5, "0")}`,
    street: "ul. Floriańska",
    buildingNo: String(sequence),
    unitNo: null,
    postalCode: "31-019",
    district: "stare-miasto",
    lat: 50.0637,
    lng: 19.9399,
    usableArea: "50.00",
    floor: 0,
    rooms: 2,
    separateEntrance: true,
    shopWindow: false,
    allowedUses: ["services", "office"],
    condition: "fair",
    lastInspection: "2025-05-10",
    worksNeeded: null,
    worksCost: null,
    heritage: false,
    baseRent: "30.00",
    status: "available",
    socialPool: false,
    availableFrom: null,
    description: "Lokal testowy.",
    ...rest,
    utilities: { electricity: true, water: true, sewage: true, gas: false, heating: "district", toilet: "in-unit", ...utilities },
    accessibility: {
      stepFreeEntrance: false, ramp: false, lift: false, doorWidthCm: 80, levelFloor: false,
      accessibleToilet: false, disabledParking: false, contrastMarkings: false, inductionLoop: false,
      ...accessibility,
    },
  };
}

export async function createPremises(db: Db, ...list: Overrides[]): Promise<PremisesInput[]> {
  const records = list.map(premisesInput);
  await insertPremises(db, records);
  return records;
}
