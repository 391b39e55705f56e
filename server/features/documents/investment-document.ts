import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { hundredthsFromString, hundredthsToString } from "@shared/contracts/common.ts";
import { INVESTMENT_CATEGORY_LABELS } from "@shared/contracts/investments.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPLN } from "@shared/domain/money.ts";
import type { Grantor } from "./grantor.ts";
import type { InvestmentDocumentData } from "./investment-data.ts";
import { facts, fractionPercent, letterhead, page, signature } from "./layout.ts";
import { REMAINDER_TEXT } from "./lease-data.ts";

// The consent to a tenant's investment (zgoda na nakłady) and its settlement statement (rozliczenie
// nakładów z czynszem), in the city's letterhead as the decisions. Deterministic: the creation date is
// the record's last change, and nothing else in them depends on the moment of printing but the
// statement's "as of" day.

const FEATURE_WORDS: Record<string, string> = {
  stepFreeEntrance: "wejście bez progów i schodów", ramp: "podjazd (pochylnia)", lift: "winda lub podnośnik", wideDoor: "drzwi o szerokości co najmniej 90 cm",
  levelFloor: "posadzka bez progów", accessibleToilet: "toaleta dostępna", disabledParking: "miejsce parkingowe dla osób z niepełnosprawnościami",
  contrastMarkings: "oznaczenia kontrastowe", inductionLoop: "pętla indukcyjna",
};

const right = (t: string, bold = false) => ({ text: t, alignment: "right" as const, bold });
const monthText = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

function deterministic(definition: TDocumentDefinitions, creationDate: Date): TDocumentDefinitions {
  return { ...definition, info: { ...definition.info, creationDate } };
}

function subject(doc: InvestmentDocumentData): Content {
  const { investment: i, lease } = doc;
  return facts([
    ["Najemca", `${lease.parties.organisation.name}, NIP ${lease.parties.organisation.nip}`],
    ["Lokal", `${i.premises.address} (nr inw. ${i.premises.inventoryCode})`],
    ["Umowa najmu", i.leaseNumber],
    ["Nakład", `${i.title} (${INVESTMENT_CATEGORY_LABELS[i.category]})`],
  ]);
}

/** The consent: the works, the estimate, the approved amount, the settlement terms and the conditions. */
export function consentDocument(doc: InvestmentDocumentData, grantor: Grantor): TDocumentDefinitions {
  const { investment: i, lease } = doc;
  const features = i.addsFeatures.map((f) => FEATURE_WORDS[f] ?? f).join(", ");
  const content: Content[] = [
    ...letterhead(grantor, `ZBK-NK/${i.id.slice(0, 8).toUpperCase()}`, i.consentedOn!),
    { text: "ZGODA NA WYKONANIE NAKŁADÓW", style: "title" },
    { text: `w lokalu użytkowym na podstawie umowy najmu nr ${i.leaseNumber}`, style: "subtitle" },
    subject(doc),
    { text: "Zakres prac", style: "heading" },
    { text: i.scope },
    { text: `Planowany termin: ${formatDate(i.plannedStart)} – ${formatDate(i.plannedEnd)}.`, margin: [0, 4, 0, 0] },
    ...(features ? [{ text: `Prace zapewnią: ${features}.`, margin: [0, 4, 0, 0] } as Content] : []),
    { text: "Kosztorys (netto)", style: "heading" },
    {
      table: {
        headerRows: 1, widths: ["*", 110],
        body: [
          [{ text: "Pozycja", bold: true }, right("Kwota", true)],
          ...i.estimate.map((e) => [e.description, right(formatPLN(e.amount))]),
          [{ text: "Razem", bold: true }, right(formatPLN(i.estimateTotal), true)],
        ],
      },
      layout: "lightHorizontalLines", fontSize: 9,
    },
    { text: "Zgoda i warunki rozliczenia", style: "heading" },
    facts([
      ["Zatwierdzona kwota nakładów (netto)", formatPLN(i.approvedAmount!)],
      ["Potrącenie z czynszu", `od miesiąca następującego po odbiorze, najwyżej ${fractionPercent(i.offsetShare)} czynszu brutto miesięcznie`],
      ["Nierozliczona część po zakończeniu najmu", REMAINDER_TEXT[lease.remainderAtEnd]],
    ]),
    ...(i.conditions ? [{ text: "Warunki zgody", style: "heading" } as Content, { text: i.conditions } as Content] : []),
    {
      text: "Rozliczeniu podlega kwota przyjęta w protokole odbioru: mniejsza z kwot rzeczywistej (udokumentowanej fakturami) i zatwierdzonej powyżej. " +
        "Po zakończeniu prac Najemca zgłasza je wraz z fakturami.",
      margin: [0, 10, 0, 0], fontSize: 9,
    },
    signature(grantor, null),
  ];
  return deterministic(page(grantor, `Zgoda na nakłady ${i.leaseNumber}`, content), doc.creationDate);
}

/** The settlement statement: the accepted amount, the offsets month by month so far, the remainder. */
export function settlementDocument(doc: InvestmentDocumentData, grantor: Grantor): TDocumentDefinitions {
  const { investment: i, lease, months } = doc;
  const offset = months.reduce((sum, m) => sum + hundredthsFromString(m.fromInvestment)!, 0);
  const content: Content[] = [
    ...letterhead(grantor, `ZBK-NK/${i.id.slice(0, 8).toUpperCase()}`, doc.asOf),
    { text: "ROZLICZENIE NAKŁADÓW Z CZYNSZEM", style: "title" },
    { text: `stan na ${formatDate(doc.asOf)}`, style: "subtitle" },
    subject(doc),
    facts([
      ["Data odbioru (protokół)", formatDate(i.acceptedOn!)],
      ["Kwota przyjęta do rozliczenia", formatPLN(i.acceptedAmount!)],
      ["Potrącono dotąd", formatPLN(i.offsetSoFar ?? "0.00")],
      ["Pozostało do rozliczenia", formatPLN(i.remainder ?? i.acceptedAmount!)],
      ["Udział potrącenia", `${fractionPercent(i.offsetShare)} czynszu brutto miesięcznie`],
      ["Po zakończeniu najmu pozostała kwota", REMAINDER_TEXT[lease.remainderAtEnd]],
    ]),
    { text: "Potrącenia miesiąc po miesiącu", style: "heading" },
    months.length === 0
      ? { text: "Do dnia zestawienia nie dokonano potrąceń." }
      : {
        table: {
          headerRows: 1, widths: [60, "*", "*", "*", "*"],
          body: [
            [{ text: "Miesiąc", bold: true }, ...["Czynsz brutto", "Potrącenie w miesiącu", "W tym z tego nakładu", "Pozostało"].map((h) => right(h, true))],
            ...months.map((m) => [monthText(m.month), right(formatPLN(m.gross)), right(formatPLN(m.offset)), right(formatPLN(m.fromInvestment)), right(formatPLN(m.remainder))]),
            [{ text: "Razem", bold: true }, "", "", right(formatPLN(hundredthsToString(offset)), true), ""],
          ],
        },
        layout: "lightHorizontalLines", fontSize: 9,
      },
    signature(grantor, null),
  ];
  return deterministic(page(grantor, `Rozliczenie nakładów ${i.leaseNumber}`, content), doc.creationDate);
}
