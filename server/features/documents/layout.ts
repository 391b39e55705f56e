import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPercent, toDecimal } from "@shared/domain/money.ts";
import type { Grantor } from "./grantor.ts";

// The city's letterhead and the small pieces both documents use.

export function letterhead(grantor: Grantor, reference: string, date: string): Content[] {
  return [
    {
      columns: [
        [
          { text: grantor.name.toUpperCase(), style: "grantor" },
          { text: grantor.unit, bold: true },
          { text: `${grantor.address} · NIP ${grantor.nip}`, fontSize: 8, color: "#444" },
        ],
        { text: `${grantor.place}, ${formatDate(date)}`, alignment: "right", width: 150 },
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

/** Who signs: the officer's name and position as on the decision; null leaves the lines to fill in by hand. */
export interface Signer {
  name: string;
  position: string;
}

export function signature(grantor: Grantor, signer: Signer | null): Content {
  return {
    stack: [
      { text: grantor.signingFor, alignment: "right", fontSize: 8, margin: [0, 24, 0, 0] },
      { text: "……………………………………………", alignment: "right", margin: [0, 24, 0, 2] },
      ...(signer?.name ? [{ text: signer.name, alignment: "right" as const, bold: true }] : []),
      ...(signer?.position ? [{ text: signer.position, alignment: "right" as const, fontSize: 9 }] : []),
    ],
  };
}

export function page(grantor: Grantor, title: string, content: Content[]): TDocumentDefinitions {
  return {
    info: { title, author: `${grantor.name} – ${grantor.unit}`, creator: "social-premises" },
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
