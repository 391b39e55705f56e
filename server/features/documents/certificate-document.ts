import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate } from "@shared/domain/dates.ts";
import { formatEUR, formatPLN, formatRate } from "@shared/domain/money.ts";
import type { DecisionDocument } from "./data.ts";
import { CERTIFICATE_ACT, DE_MINIMIS_REGULATION, GRANTOR } from "./grantor.ts";
import { facts, fractionPercent, letterhead, nbpRate, page, signature } from "./layout.ts";

/** Zaświadczenie o pomocy de minimis, for an approval that grants de minimis aid. */
export function certificateDocument(doc: DecisionDocument): TDocumentDefinitions {
  const { aid, terms } = doc;
  const deMinimis = aid?.deMinimis;
  if (!terms || !aid || !deMinimis) throw new Error(`Decision ${doc.reference} grants no de minimis aid: there is no certificate`);
  const { organisation, premises } = doc.parties;
  return page(`Zaświadczenie ${doc.reference}/DM`, [
    ...letterhead(`${doc.reference}/DM`, doc.decidedAt),
    { text: "ZAŚWIADCZENIE O POMOCY DE MINIMIS", style: "title" },
    { text: `Na podstawie ${CERTIFICATE_ACT} zaświadcza się, że beneficjentowi udzielono pomocy de minimis:`, style: "subtitle" },
    facts([
      ["Podmiot udzielający pomocy", `${GRANTOR.name} – ${GRANTOR.unit}, ${GRANTOR.address}, NIP ${GRANTOR.nip}`],
      ["Beneficjent pomocy", `${organisation.name}, ${organisation.address}`],
      ["NIP beneficjenta", organisation.nip],
      ["Podstawa prawna", DE_MINIMIS_REGULATION],
      ["Forma pomocy", `obniżenie czynszu najmu lokalu użytkowego ${premises.address} (stawka ${formatRate(terms.rate)} zamiast ${formatRate(terms.baseRate)})`],
      ["Akt udzielenia pomocy", `decyzja ${doc.reference} z dnia ${formatDate(doc.decidedAt)}`],
      ["Dzień udzielenia pomocy", formatDate(aid.grantDate)],
      ["Wartość pomocy brutto w złotych", formatPLN(aid.discounted)],
      ["Wartość pomocy brutto w euro", formatEUR(deMinimis.eur)],
      ["Kurs średni NBP z dnia udzielenia pomocy (za 1 EUR)", nbpRate(deMinimis.eurRate)],
      ["Stopa dyskontowa", fractionPercent(aid.discountRate)],
    ]),
    {
      text: `Wartość pomocy brutto jest zdyskontowaną na dzień udzielenia pomocy sumą różnic między czynszem według stawki bazowej a czynszem należnym za ${terms.months} mies. najmu.`,
      fontSize: 9,
    },
    signature(doc.decidedBy),
  ]);
}
