import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPercent, toDecimal } from "@shared/domain/money.ts";
import { GRANTOR } from "./grantor.ts";

// The city's letterhead and the small pieces both documents use.

export function letterhead(reference: string, date: string): Content[] {
  return [
    {
      columns: [
        [
          { text: GRANTOR.name.toUpperCase(), style: "grantor" },
          { text: GRANTOR.unit, bold: true },
          { text: `${GRANTOR.address} · NIP ${GRANTOR.nip}`, fontSize: 8, color: "#444" },
        ],
        { text: `Kraków, ${formatDate(date)}`, alignment: "right", width: 150 },
      ],
    },
    { canvas: [{ type: "line", x1: 0, y1: 6, x2: 515, y2: 6, lineWidth: 1 }], margin: [0, 0, 0, 10] },
    { text: `Znak sprawy: ${reference}`, margin: [0, 0, 0, 14] },
  ];
}

/** Label–value rows with light rules. */
export function facts(rows: Array<[string, string]>): Content {
  return {
    table: { widths: [210, "*"], body: rows.map(([label, value]) => [{ text: label, color: "#333" }, { text: value, bold: true }]) },
    layout: "lightHorizontalLines",
    margin: [0, 4, 0, 10],
  };
}

export function signature(by: string | null): Content {
  return {
    stack: [
      { text: "……………………………………………", alignment: "right", margin: [0, 30, 0, 2] },
      { text: by ? `w imieniu Prezydenta Miasta Krakowa: ${by}` : "w imieniu Prezydenta Miasta Krakowa", alignment: "right", fontSize: 8 },
    ],
  };
}

export function page(title: string, content: Content[]): TDocumentDefinitions {
  return {
    info: { title, author: `${GRANTOR.name} – ${GRANTOR.unit}`, creator: "social-premises" },
    pageSize: "A4",
    pageMargins: [40, 40, 40, 50],
    footer: (current, count) => ({ text: `${title} · strona ${current} z ${count}`, alignment: "center", fontSize: 8, color: "#666" }),
    content,
    styles: {
      grantor: { fontSize: 13, bold: true },
      title: { fontSize: 15, bold: true, alignment: "center", margin: [0, 6, 0, 2] },
      subtitle: { alignment: "center", margin: [0, 0, 0, 14] },
      heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
    },
  };
}

/** "0.0668" → "6,68%". */
export const fractionPercent = (fraction: string) => formatPercent(toDecimal(fraction).times(100), 4);

/** The NBP rate as published, four decimals: "4.2500" → "4,2500 zł". */
export function nbpRate(rate: string): string {
  const [int, frac = ""] = rate.split(".");
  return `${int},${frac.padEnd(4, "0")}\u00a0zł`;
}
