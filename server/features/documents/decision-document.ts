import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { DE_MINIMIS_CEILING_EUR } from "@shared/domain/de-minimis.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatArea, formatEUR, formatPLN, formatRate, toDecimal } from "@shared/domain/money.ts";
import type { AidFigures, ApprovedTerms, DecisionDocument } from "./data.ts";
import type { Grantor } from "./grantor.ts";
import { facts, fractionPercent, letterhead, nbpRate, page, signature } from "./layout.ts";

// The written decision on an application, in Polish: approval with the rate and its derivation and
// the aid, or refusal with its reason.

function approval(terms: ApprovedTerms): Content[] {
  const vat = `VAT ${fractionPercent(terms.vatRate)}`;
  const rows: Array<[string, string]> = [
    ["Zastosowana reguła (kategoria wnioskodawcy)", terms.categoryLabel],
    ["Stawka bazowa", formatRate(terms.baseRate)],
    ["Stawka wynikająca z polityki", formatRate(terms.policyRate)],
    ["Stawka czynszu", formatRate(terms.rate)],
    ["Czynsz miesięczny według stawki bazowej (netto)", formatPLN(terms.baseMonthly)],
    ["Czynsz miesięczny netto", formatPLN(terms.monthly.net)],
    [vat, formatPLN(terms.monthly.vat)],
    ["Czynsz miesięczny brutto", formatPLN(terms.monthly.gross)],
    ["Okres najmu", `${terms.months} mies. od ${formatDate(terms.startDate)}`],
    ["Zwolnienie z czynszu do rozpoczęcia działalności", `${terms.beforeStartDays} dni`],
    ["Zwolnienie z czynszu na czas remontu", `${terms.renovationDays} dni`],
  ];
  const example = terms.policy.isExample ? " (polityka przykładowa)" : "";
  return [
    { text: "Rozstrzygnięcie", style: "heading" },
    { text: `Wyraża się zgodę na najem lokalu na warunkach preferencyjnych na okres ${terms.months} miesięcy od dnia ${formatDate(terms.startDate)}, na następujących warunkach:` },
    facts(rows),
    { text: "Sposób ustalenia stawki", style: "heading" },
    { ul: terms.derivation },
    { text: `Podstawa: ${terms.policy.name}, obowiązująca od ${formatDate(terms.policy.effectiveFrom)}${example}.`, margin: [0, 6, 0, 0], fontSize: 9 },
  ];
}

function aidSection(aid: AidFigures, months: number): Content[] {
  const value: Array<[string, string]> = [
    ["Wartość nominalna preferencji", formatPLN(aid.nominal)],
    [`Wartość zdyskontowana na dzień ${formatDate(aid.grantDate)} (stopa ${fractionPercent(aid.discountRate)})`, formatPLN(aid.discounted)],
  ];
  const about = `Wartość preferencji to różnica między czynszem według stawki bazowej a czynszem należnym, miesiąc po miesiącu, przez ${months} mies. najmu (miesiąc zwolnienia z czynszu w całości).`;
  const deMinimis = aid.deMinimis;
  if (!deMinimis) {
    return [
      { text: "Pomoc publiczna", style: "heading" },
      { text: "Wnioskodawca nie prowadzi działalności gospodarczej: preferencja nie stanowi pomocy de minimis." },
      { text: about, fontSize: 9, margin: [0, 4, 0, 0] },
      facts(value),
    ];
  }
  return [
    { text: "Pomoc de minimis", style: "heading" },
    { text: about, fontSize: 9 },
    facts([
      ...value,
      ["Kurs średni NBP z dnia udzielenia pomocy (za 1 EUR)", nbpRate(deMinimis.eurRate)],
      ["Wartość pomocy brutto w euro", formatEUR(deMinimis.eur)],
      ["Pomoc de minimis otrzymana w ciągu 3 lat przed dniem udzielenia", formatEUR(deMinimis.priorEur)],
      [`Pozostało z limitu ${formatEUR(toDecimal(DE_MINIMIS_CEILING_EUR))}`, formatEUR(deMinimis.roomAfterEur)],
    ]),
    { text: "Zaświadczenie o pomocy de minimis stanowi odrębny dokument.", fontSize: 9 },
  ];
}

// A case number or reference ("ZBK-WN/2026/0042") is never broken across lines.
const REFERENCE = /([A-Za-z0-9][A-Za-z0-9.-]*\/\d{4}\/[0-9A-Za-z]+)/;

function paragraphs(heading: string, texts: string[]): Content[] {
  return [
    { text: heading, style: "heading" },
    ...texts.map((text): Content => ({
      text: text.split(REFERENCE).filter(Boolean).map((part) => (REFERENCE.test(part) ? { text: part, noWrap: true } : part)),
      margin: [0, 0, 0, 4], alignment: "justify",
    })),
  ];
}

export function decisionDocument(doc: DecisionDocument, grantor: Grantor): TDocumentDefinitions {
  const { organisation, premises } = doc.parties;
  const terms = doc.outcome === "approved" ? doc.terms : null;
  const content: Content[] = [
    ...letterhead(grantor, doc.caseNumber, doc.decidedAt),
    { text: "DECYZJA", style: "title" },
    { text: "w sprawie wniosku o najem lokalu użytkowego na warunkach preferencyjnych", style: "subtitle" },
    facts([
      ["Wniosek", doc.applicationReference],
      ["Wnioskodawca", organisation.name],
      ["NIP", organisation.nip],
      ["Adres wnioskodawcy", organisation.address],
      ["Lokal", `${premises.address} (nr inw. ${premises.inventoryCode}), dzielnica ${premises.district}`],
      ["Powierzchnia użytkowa", formatArea(premises.area)],
      ["Planowana działalność", doc.intendedUse],
      ["Data złożenia wniosku", doc.submittedAt ? formatDate(doc.submittedAt) : "—"],
    ]),
    ...(terms
      ? [...approval(terms), ...(doc.aid ? aidSection(doc.aid, terms.months) : [])]
      : [
        { text: "Rozstrzygnięcie", style: "heading" },
        { text: "Odmawia się zgody na najem lokalu na warunkach preferencyjnych." },
      ]),
    ...paragraphs("Uzasadnienie", doc.justification.length ? doc.justification : [doc.reason ?? ""]),
    ...paragraphs("Pouczenie", doc.notice),
    signature(grantor, doc.signer),
  ];
  return page(grantor, `Decyzja ${doc.caseNumber}`, content);
}
