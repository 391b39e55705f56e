import type { HandoverRecord } from "./lease-data.ts";
import type { HandoverRow } from "./repository.ts";

const CONDITION = { good: "dobry", fair: "zadowalający", poor: "zły", needs_renovation: "do remontu" } as const;
const HEATING = { district: "miejska sieć ciepłownicza", gas: "gazowe", electric: "elektryczne", solid_fuel: "na paliwo stałe", none: "brak" } as const;
const TOILET = { in_unit: "w lokalu", shared: "wspólne", none: "brak" } as const;
const yesNo = (v: boolean) => (v ? "tak" : "nie");

export function toHandoverRecord(row: HandoverRow): HandoverRecord {
  return {
    condition: CONDITION[row.condition],
    lastInspection: row.lastInspection,
    worksNeeded: row.worksNeeded,
    utilities: [
      ["Energia elektryczna", yesNo(row.electricity)], ["Woda", yesNo(row.water)], ["Kanalizacja", yesNo(row.sewage)], ["Gaz", yesNo(row.gas)],
      ["Ogrzewanie", HEATING[row.heating]], ["WC", TOILET[row.toilet]],
    ],
    accessibility: [
      ["Wejście bez stopni", row.stepFreeEntrance], ["Pochylnia", row.ramp], [`Winda (kondygnacja ${row.floor})`, row.lift],
      [`Drzwi o szerokości co najmniej 90 cm${row.doorWidthCm ? ` (${row.doorWidthCm} cm)` : ""}`, (row.doorWidthCm ?? 0) >= 90],
      ["Posadzka bez progów", row.levelFloor], ["WC dostosowane do potrzeb osób z niepełnosprawnościami", row.accessibleToilet],
      ["Miejsce parkingowe dla osób z niepełnosprawnościami", row.disabledParking], ["Oznaczenia kontrastowe", row.contrastMarkings], ["Pętla indukcyjna", row.inductionLoop],
    ],
  };
}

