import { partiesColumn } from "@shared/contracts/decision-records.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import Decimal from "decimal.js";
import { CSV_BOM, csvDecimal, csvJoin, csvText } from "@server/features/premises-register/index.ts";
import type { DbTx } from "@server/lib/db.ts";
import { deMinimisGrantsBetween } from "./repository.ts";

/**
 * The report of de minimis aid granted in a period, for the grantor's entry into UOKiK's SHRIMP
 * forms: one row per grant, the fields of the Council of Ministers regulation of 7 August 2008 (Dz.U.
 * 2024 poz. 161) that the system knows. What it does not record (the beneficiary's municipality code,
 * size and PKD class) is left empty for the officer to complete. Semicolons, decimal commas, UTF-8 with BOM.
 */
export const AID_REPORT_COLUMNS = [
  "Lp.", "Podmiot udzielający pomocy", "NIP podmiotu udzielającego pomocy", "Podstawa prawna",
  "Akt udzielenia pomocy", "Numer aktu", "Data aktu", "Dzień udzielenia pomocy",
  "Beneficjent", "NIP beneficjenta", "Adres beneficjenta", "Gmina siedziby (TERYT)", "Forma prawna",
  "Wielkość przedsiębiorstwa", "Klasa PKD",
  "Wartość nominalna [zł]", "Wartość pomocy brutto [zł]", "Wartość pomocy brutto [EUR]", "Kurs EUR [zł]",
  "Forma pomocy", "Przeznaczenie pomocy", "Źródło finansowania",
] as const;

// The city's own resolution on preferential leases, where it has one, is added by the officer in the forms.
const LEGAL_BASIS = "rozporządzenie Komisji (UE) 2023/2831 z dnia 13 grudnia 2023 r. (pomoc de minimis)";
const LEGAL_FORM_WORDS: Record<string, string> = {
  foundation: "fundacja", association: "stowarzyszenie", social_cooperative: "spółdzielnia socjalna",
  non_profit_company: "spółka non-profit", church_legal_person: "kościelna osoba prawna", other: "inna",
};

const text = csvText();
const money = csvDecimal();
const zl = (minor: bigint | number | null) => money.write(minor === null ? null : new Decimal(minor.toString()).dividedBy(100).toFixed(2));

export async function aidReportCsv(db: DbTx, grantor: { name: string; nip: string }, from: string, to: string): Promise<string> {
  const lines = [CSV_BOM + csvJoin([...AID_REPORT_COLUMNS])];
  const grants = await deMinimisGrantsBetween(db, from, to);
  grants.forEach((grant, i) => {
    const { terms } = grant;
    const parties = partiesColumn.read(terms.decision.parties);
    lines.push(csvJoin([
      String(i + 1), text.write(grantor.name), grantor.nip, text.write(LEGAL_BASIS),
      "rozstrzygnięcie o najmie lokalu użytkowego na preferencyjnych warunkach", text.write(terms.decision.caseNumber),
      toIsoDate(terms.decision.decidedAt), terms.grantDate,
      text.write(parties.organisation.name), parties.organisation.nip, text.write(parties.organisation.address), "",
      LEGAL_FORM_WORDS[terms.decision.application.organisation.legalForm] ?? "", "", "",
      zl(terms.aidNominalGrosze), zl(terms.aidDiscountedGrosze), zl(grant.aidEurCents), grant.eurRate.replace(".", ","),
      "obniżenie czynszu najmu lokalu (preferencyjna stawka czynszu)", "pomoc de minimis", "budżet jednostki samorządu terytorialnego",
    ]));
  });
  return lines.join("");
}
