// The grantor printed on decisions and certificates. City data, not a rule: check it against the
// city's own records before the first real document (NIP passes the checksum).
export const GRANTOR = {
  name: "Gmina Miejska Kraków",
  unit: "Zarząd Budynków Komunalnych w Krakowie",
  address: "pl. Wszystkiego Świętych 3-4, 31-004 Kraków",
  nip: "6761013717",
} as const;

export const DE_MINIMIS_REGULATION =
  "Rozporządzenie Komisji (UE) 2023/2831 z dnia 13 grudnia 2023 r. w sprawie stosowania art. 107 i 108 " +
  "Traktatu o funkcjonowaniu Unii Europejskiej do pomocy de minimis (Dz. Urz. UE L 2023/2831 z 15.12.2023)";

export const CERTIFICATE_ACT =
  "art. 5 ust. 1 pkt 1 ustawy z dnia 30 kwietnia 2004 r. o postępowaniu w sprawach dotyczących pomocy publicznej";
