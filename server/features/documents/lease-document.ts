import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { fillPlaceholders } from "@shared/contracts/lease-templates.ts";
import type { Lease, LeaseAnnex } from "@shared/contracts/leases.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatArea, formatPLN, formatRate } from "@shared/domain/money.ts";
import { monthlyRent } from "@shared/domain/rent.ts";
import type { Grantor } from "./grantor.ts";
import { facts, fractionPercent, page } from "./layout.ts";
import { isDraft, type LeaseDocumentData, placeholderValues, REMAINDER_TEXT, representativesText, termText } from "./lease-data.ts";

// The lease agreement (umowa najmu lokalu użytkowego) from the template version the lease cites,
// with annex 1 (handover protocol) and annex 2 (the first year of the schedule); and an annex
// (aneks) to a signed lease. A draft carries PROJEKT across every page and in the header.

const DRAFT_MARK = "PROJEKT";

function draftMarks(draft: boolean): Partial<TDocumentDefinitions> {
  if (!draft) return {};
  return {
    watermark: { text: DRAFT_MARK, color: "#b00020", opacity: 0.12, bold: true, fontSize: 110 },
    header: { text: `${DRAFT_MARK} – dokument niepodpisany`, alignment: "center", color: "#b00020", bold: true, fontSize: 9, margin: [0, 16, 0, 0] },
  };
}

function deterministic(definition: TDocumentDefinitions, creationDate: Date, draft: boolean): TDocumentDefinitions {
  return { ...definition, ...draftMarks(draft), info: { ...definition.info, creationDate } };
}

function partiesBlock(grantor: Grantor, lease: Lease, representatives: string[], made: "zawarta" | "zawarty", on: string | null): Content[] {
  const { organisation } = lease.parties;
  const ids = [`NIP ${organisation.nip}`, `REGON ${organisation.regon}`, ...(organisation.krs ? [`KRS ${organisation.krs}`] : [])].join(", ");
  return [
    { text: `${made} w Krakowie w dniu ${on ? formatDate(on) : "……………………"} pomiędzy:`, margin: [0, 0, 0, 6] },
    {
      text: [
        { text: grantor.name, bold: true },
        `, NIP ${grantor.nip}, w imieniu której działa ${grantor.unit}, ${grantor.address}, reprezentowany przez: ……………………………………, zwaną dalej `,
        { text: "Wynajmującym", bold: true }, ",",
      ],
      margin: [0, 0, 0, 6],
    },
    { text: "a", margin: [0, 0, 0, 6] },
    {
      text: [
        { text: organisation.name, bold: true },
        `, ${organisation.address}, ${ids}, reprezentowaną przez: ${representativesText(representatives)}, zwaną dalej `,
        { text: "Najemcą", bold: true }, ".",
      ],
      margin: [0, 0, 0, 10],
    },
  ];
}

function termsTable(lease: Lease): Content {
  const { premises } = lease.parties;
  return facts([
    ["Lokal", `${premises.address} (nr inw. ${premises.inventoryCode}), dzielnica ${premises.district}`],
    ["Powierzchnia użytkowa", formatArea(lease.area)],
    ["Stawka czynszu netto", formatRate(lease.rate)],
    ["Czynsz miesięczny netto", formatPLN(lease.monthlyNet)],
    [`VAT ${fractionPercent(lease.vatRate)}`, formatPLN(lease.monthlyVat)],
    ["Czynsz miesięczny brutto", formatPLN(lease.monthlyGross)],
    ["Okres najmu", termText(lease)],
    ["Zwolnienie z czynszu", `${lease.holidayDays} dni`],
    ["Kaucja", `${formatPLN(lease.deposit)} (${lease.depositMultiple} × czynsz brutto)`],
    ["Termin płatności czynszu", `do ${lease.paymentDay}. dnia miesiąca, z góry`],
    ["Przeznaczenie lokalu", lease.permittedUse],
    ["Potrącenie nakładów z czynszu", `do ${fractionPercent(lease.offsetShare)} czynszu netto`],
    ["Nierozliczone nakłady po końcu najmu", REMAINDER_TEXT[lease.remainderAtEnd]],
  ]);
}

function signatures(left: string, right: string): Content {
  const column = (role: string) => ({
    stack: [{ text: "……………………………………………", margin: [0, 36, 0, 2] as [number, number, number, number] }, { text: role, fontSize: 9 }],
    alignment: "center" as const,
  });
  return { columns: [column(left), column(right)], margin: [0, 10, 0, 0] };
}

function clauses(doc: LeaseDocumentData, grantor: Grantor): Content[] {
  const values = placeholderValues(doc, grantor);
  return doc.template.clauses.sections.flatMap((section, i): Content[] => [
    { text: `§ ${i + 1}. ${fillPlaceholders(section.heading, values)}`, style: "heading", alignment: "center" },
    { ol: section.paragraphs.map((p) => ({ text: fillPlaceholders(p, values), alignment: "justify" as const, margin: [0, 0, 0, 3] as [number, number, number, number] })) },
  ]);
}

const yesNo = (v: boolean) => (v ? "tak" : "nie");

function handoverProtocol(doc: LeaseDocumentData): Content[] {
  const { lease, premises } = doc;
  const meters = ["Energia elektryczna [kWh]", "Woda zimna [m³]", "Woda ciepła [m³]", "Gaz [m³]", "Ciepło [GJ]"];
  return [
    { text: `Załącznik nr 1 do umowy najmu nr ${lease.number}`, fontSize: 9, alignment: "right", pageBreak: "before" },
    { text: "PROTOKÓŁ ZDAWCZO-ODBIORCZY LOKALU", style: "title" },
    { text: `sporządzony w dniu ${formatDate(lease.startDate)} przy wydaniu lokalu Najemcy`, style: "subtitle" },
    facts([
      ["Lokal", `${lease.parties.premises.address} (nr inw. ${lease.parties.premises.inventoryCode})`],
      ["Powierzchnia użytkowa", formatArea(lease.area)],
      ["Stan techniczny", premises.condition],
      ["Data ostatniego przeglądu", premises.lastInspection ? formatDate(premises.lastInspection) : "—"],
      ["Prace do wykonania", premises.worksNeeded ?? "—"],
    ]),
    { text: "Media i wyposażenie", style: "heading" },
    facts(premises.utilities),
    { text: "Dostępność (według ewidencji lokali)", style: "heading" },
    {
      table: { widths: ["*", 60], body: [[{ text: "Element", bold: true }, { text: "Jest", bold: true }], ...premises.accessibility.map(([label, v]) => [label, yesNo(v)])] },
      layout: "lightHorizontalLines", margin: [0, 4, 0, 10],
    },
    { text: "Stan liczników", style: "heading" },
    {
      table: {
        widths: ["*", 120, 120],
        body: [[{ text: "Licznik", bold: true }, { text: "Numer licznika", bold: true }, { text: "Stan", bold: true }], ...meters.map((m) => [m, "……………………", "……………………"])],
      },
      layout: "lightHorizontalLines", margin: [0, 4, 0, 10],
    },
    { text: "Klucze (liczba kompletów): ……………   Uwagi: ……………………………………………………………………………………………", margin: [0, 4, 0, 0] },
    signatures("Wydający (Wynajmujący)", "Przyjmujący (Najemca)"),
  ];
}

function firstYearSchedule(doc: LeaseDocumentData): Content[] {
  const { lease, firstYear } = doc;
  const right = (t: string, bold = false) => ({ text: t, alignment: "right" as const, bold });
  return [
    { text: `Załącznik nr 2 do umowy najmu nr ${lease.number}`, fontSize: 9, alignment: "right", pageBreak: "before" },
    { text: "HARMONOGRAM PŁATNOŚCI – PIERWSZY ROK NAJMU", style: "title" },
    { text: `Czynsz płatny z góry do ${lease.paymentDay}. dnia miesiąca; od pierwszej rocznicy najmu stawka podlega waloryzacji według umowy.`, style: "subtitle" },
    {
      table: {
        headerRows: 1,
        widths: [60, "*", "*", "*", "*", "*"],
        body: [
          ["Miesiąc", "Stawka", "Netto", "VAT", "Brutto", "Do zapłaty"].map((h) => ({ text: h, bold: true })),
          ...firstYear.rows.map((r) => [r.month, right(formatRate(r.rate)), right(formatPLN(r.net)), right(formatPLN(r.vat)), right(formatPLN(r.gross)), right(formatPLN(r.toPay))]),
          [{ text: "Razem", bold: true }, "", right(formatPLN(firstYear.totals.net), true), right(formatPLN(firstYear.totals.vat), true), right(formatPLN(firstYear.totals.gross), true), right(formatPLN(firstYear.totals.toPay), true)],
        ],
      },
      layout: "lightHorizontalLines",
      fontSize: 9,
    },
  ];
}

/** The lease agreement with its two annexes. */
export function leaseDocument(doc: LeaseDocumentData, grantor: Grantor): TDocumentDefinitions {
  const { lease } = doc;
  const example = doc.template.isExample ? " (wzór przykładowy)" : "";
  const content: Content[] = [
    { text: "UMOWA NAJMU LOKALU UŻYTKOWEGO", style: "title" },
    { text: `nr ${lease.number}`, style: "subtitle" },
    ...partiesBlock(grantor, lease, doc.representatives, "zawarta", lease.signedOn),
    { text: "Warunki najmu", style: "heading" },
    termsTable(lease),
    ...clauses(doc, grantor),
    signatures("Wynajmujący", "Najemca"),
    { text: `Wzór umowy: wersja ${doc.template.version}${example}.`, fontSize: 8, color: "#666", margin: [0, 16, 0, 0] },
    ...handoverProtocol(doc),
    ...firstYearSchedule(doc),
  ];
  return deterministic(page(grantor, `Umowa najmu ${lease.number}`, content), doc.creationDate, isDraft(lease));
}

/** Aneks nr n: what changes from its effective date, the parties, signatures. */
export function annexDocument(doc: Pick<LeaseDocumentData, "lease" | "representatives">, annex: LeaseAnnex, creationDate: Date, grantor: Grantor): TDocumentDefinitions {
  const { lease } = doc;
  const changes: Content[] = [];
  const area = annex.area ?? null;
  if (annex.rate !== null || annex.area !== null) {
    const rate = annex.rate ?? lease.rate;
    const monthly = monthlyRent({ rate, area: area ?? lease.area, vatRate: lease.vatRate });
    if (annex.rate !== null) changes.push({ text: `stawka czynszu wynosi ${formatRate(annex.rate)} netto miesięcznie;` });
    if (area !== null) changes.push({ text: `powierzchnia użytkowa lokalu wynosi ${formatArea(area)};` });
    changes.push({
      text: `czynsz miesięczny wynosi ${formatPLN(monthly.net)} netto, powiększony o VAT ${fractionPercent(lease.vatRate)} w kwocie ${formatPLN(monthly.vat)}, łącznie ${formatPLN(monthly.gross)} brutto (z zastrzeżeniem waloryzacji przewidzianej w umowie);`,
    });
  }
  if (annex.endDate !== null) changes.push({ text: `umowa zostaje zawarta na czas oznaczony do dnia ${formatDate(annex.endDate)};` });
  if (annex.permittedUse !== null) changes.push({ text: `Najemca będzie używał lokalu na cele: ${annex.permittedUse};` });
  if (annex.offsetShare !== null) changes.push({ text: `potrącenie nakładów w danym miesiącu nie może przekroczyć ${fractionPercent(annex.offsetShare)} czynszu netto;` });
  const content: Content[] = [
    { text: `ANEKS NR ${annex.number}`, style: "title" },
    { text: `do umowy najmu lokalu użytkowego nr ${lease.number}${lease.signedOn ? ` z dnia ${formatDate(lease.signedOn)}` : ""}`, style: "subtitle" },
    ...partiesBlock(grantor, lease, doc.representatives, "zawarty", null),
    { text: "§ 1.", style: "heading", alignment: "center" },
    { text: `Strony zgodnie postanawiają, że od dnia ${formatDate(annex.effectiveFrom)}:` },
    { ul: changes, margin: [0, 4, 0, 6] },
    { text: "§ 2.", style: "heading", alignment: "center" },
    { text: "Pozostałe postanowienia umowy pozostają bez zmian." },
    { text: "§ 3.", style: "heading", alignment: "center" },
    { text: "Aneks sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron; stanowi on integralną część umowy." },
    facts([["Lokal", `${lease.parties.premises.address} (nr inw. ${lease.parties.premises.inventoryCode})`]]),
    signatures("Wynajmujący", "Najemca"),
  ];
  return deterministic(page(grantor, `Aneks nr ${annex.number} do umowy ${lease.number}`, content), creationDate, false);
}
