import type { DocumentsConfig } from "./config.ts";

// The grantor printed on decisions, certificates, leases and investment documents comes from the
// documents configuration (config/documents.json, README "Documents"); these are the acts it cites.
export type Grantor = DocumentsConfig["grantor"];

export const DE_MINIMIS_REGULATION =
  "Rozporządzenie Komisji (UE) 2023/2831 z dnia 13 grudnia 2023 r. w sprawie stosowania art. 107 i 108 " +
  "Traktatu o funkcjonowaniu Unii Europejskiej do pomocy de minimis (Dz. Urz. UE L 2023/2831 z 15.12.2023)";

export const CERTIFICATE_ACT =
  "art. 5 ust. 1 pkt 1 ustawy z dnia 30 kwietnia 2004 r. o postępowaniu w sprawach dotyczących pomocy publicznej";
