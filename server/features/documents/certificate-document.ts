import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate, type CalendarDate } from "@shared/domain/dates.ts";
import { formatEUR, formatPLN, formatRate } from "@shared/domain/money.ts";
import type { DecisionDocument } from "./data.ts";
import { CERTIFICATE_ACT, DE_MINIMIS_REGULATION, type Grantor } from "./grantor.ts";
import { facts, fractionPercent, letterhead, nbpRate, page, signature } from "./layout.ts";

/**
 * Zaświadczenie o pomocy de minimis, for an approval that grants de minimis aid: issued on the day it
 * is generated (`issuedOn`, today in Kraków), for aid granted on the decision's grant date.
 */
export function certificateDocument(doc: DecisionDocument, grantor: Grantor, issuedOn: CalendarDate): TDocumentDefinitions {
  const { aid, terms } = doc;
  const deMinimis = aid?.deMinimis;
  if (!terms || !aid || !deMinimis) throw new Error(`Decision ${doc.caseNumber} grants no de minimis aid: there is no certificate`);
  const { organisation, premises } = doc.parties;
  const decision = `decyzja ${doc.caseNumber} z dnia ${formatDate(doc.decidedAt)}`;
  return page(grantor, `Zaświadczenie ${doc.caseNumber}/DM`, [
    ...letterhead(grantor, `${doc.caseNumber}/DM`, issuedOn),
    { text: "ZAŚWIADCZENIE O POMOCY DE MINIMIS", style: "title" },
    { text: `Na podstawie ${CERTIFICATE_ACT} zaświadcza się, że beneficjentowi udzielono pomocy de minimis:`, style: "subtitle" },
    facts([
      ["Podmiot udzielający pomocy", `${grantor.name} – ${grantor.unit}, ${grantor.address}, NIP ${grantor.nip}`],
      ["Beneficjent pomocy", `${organisation.name}, ${organisation.address}`],
      ["NIP beneficjenta", organisation.nip],
      ["Podstawa prawna", DE_MINIMIS_REGULATION],
      ["Forma pomocy", `obniżenie czynszu najmu lokalu użytkowego ${premises.address} (stawka ${formatRate(terms.rate)} zamiast ${formatRate(terms.baseRate)})`],
      ["Akt udzielenia pomocy", decision],
      ["Dzień udzielenia pomocy", `${formatDate(aid.grantDate)} (dzień udzielenia pomocy określony w akcie jej udzielenia)`],
      ["Data wydania zaświadczenia", `${formatDate(issuedOn)} (dzień sporządzenia zaświadczenia)`],
      ["Wartość pomocy brutto w złotych", formatPLN(aid.discounted)],
      ["Wartość pomocy brutto w euro", formatEUR(deMinimis.eur)],
      ["Kurs średni NBP z dnia udzielenia pomocy (za 1 EUR)", nbpRate(deMinimis.eurRate)],
      ["Stopa dyskontowa", fractionPercent(aid.discountRate)],
    ]),
    {
      text: `Wartość pomocy brutto jest zdyskontowaną na dzień udzielenia pomocy sumą różnic między czynszem według stawki bazowej a czynszem należnym za ${terms.months} mies. najmu.`,
      fontSize: 9,
    },
    {
      text: `Zaświadczenie wydano w dniu ${formatDate(issuedOn)}, w którym je sporządzono. Pomocy de minimis udzielono w dniu ${formatDate(aid.grantDate)}, `
        + `wskazanym jako dzień udzielenia pomocy w akcie jej udzielenia (${decision}); ten dzień, a nie data wydania zaświadczenia, jest dniem udzielenia pomocy w rozumieniu przepisów o pomocy de minimis.`,
      fontSize: 9, margin: [0, 6, 0, 0],
    },
    signature(grantor, doc.signer),
  ]);
}
