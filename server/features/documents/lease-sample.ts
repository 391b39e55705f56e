import type { Lease } from "@shared/contracts/leases.ts";
import type { HandoverRecord } from "./lease-data.ts";

// The sample lease a template's preview is printed with: made-up parties and figures (a draft, so
// the preview carries PROJEKT). 42.50 m² at 12.00 zł/m²: net 510.00, VAT 23% 117.30, gross 627.30.
export const SAMPLE_LEASE: Lease = {
  id: "00000000-0000-4000-8000-000000000000",
  number: "ZBK/NL/2026/0000",
  status: "draft",
  organisationId: "00000000-0000-4000-8000-000000000001",
  premisesId: "00000000-0000-4000-8000-000000000002",
  applicationId: null,
  parties: {
    organisation: { name: "Fundacja Przykładowa", nip: "6762460837", regon: "123456785", krs: "0000123456", address: "ul. Przykładowa 1, 30-001 Kraków" },
    premises: { address: "ul. Wzorcowa 5/2, 31-000 Kraków", inventoryCode: "PRZ-0000", district: "Stare Miasto", area: "42.50" },
  },
  startDate: "2026-01-01",
  endDate: "2028-12-31",
  rate: "12.00",
  area: "42.50",
  monthlyNet: "510.00",
  vatRate: "0.23",
  monthlyVat: "117.30",
  monthlyGross: "627.30",
  holidayDays: 60,
  depositMultiple: 3,
  deposit: "1881.90",
  paymentDay: 10,
  permittedUse: "działalność kulturalna i edukacyjna",
  offsetShare: "0.50",
  remainderAtEnd: "refund",
  templateVersion: 0,
  signedOn: null,
  terminatedOn: null,
  terminationReason: null,
  annexes: [],
  depositSettlement: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

export const SAMPLE_REPRESENTATIVES = ["Anna Przykładowa – Prezes Zarządu"];

export const SAMPLE_PROTOCOL: HandoverRecord = {
  condition: "zadowalający",
  lastInspection: "2025-10-01",
  worksNeeded: "malowanie ścian, wymiana wykładziny",
  utilities: [["Energia elektryczna", "tak"], ["Woda", "tak"], ["Kanalizacja", "tak"], ["Gaz", "nie"], ["Ogrzewanie", "miejska sieć ciepłownicza"], ["WC", "w lokalu"]],
  accessibility: [["Wejście bez stopni", true], ["Pochylnia", false], ["Winda (kondygnacja 0)", false], ["Drzwi o szerokości co najmniej 90 cm", true], ["Posadzka bez progów", true]],
};
