// server/lib/pdf.ts parses each font once per process and shares shaped words between documents
// (the lease agreement's speed depends on it). What a reader of the documents would check: a document
// says what it was given, letters and all, and is the same file whatever was rendered before it in the
// process (compared with the same document rendered first thing in a fresh process).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { fontStats, renderPdf } from "@server/lib/pdf.ts";

const text = (bytes: Buffer) => execFileSync("pdftotext", ["-layout", "-", "-"], { input: bytes }).toString("utf8");

const doc = (lines: string[]): TDocumentDefinitions => ({
  info: { creationDate: new Date("2026-01-02T03:04:05Z") },
  content: lines.map((line, i) => ({ text: line, bold: i % 2 === 1, italics: i % 3 === 2 })),
});

// Letters composed of others (ó = o + acute, ż = z + dot) are where a shared font once lost letters.
const EARLIER = [
  ["Zażółć gęślą jaźń", "ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "Umowa najmu lokalu użytkowego"],
  ["Spółdzielnia Socjalna „Ósemka”", "Kaucja zwrotna: 3 × czynsz brutto", "§ 4. Nakłady najemcy"],
];
const LATER = ["Lokal przy ul. Św. Jacka 30/1, 30-364 Kraków", "powierzchnia 62,80 m², czynsz 1 045,62 zł", "Fundacja Przestrzeń Rozwoju, NIP 675-14-71-246", "Oko, zez i cel. OZC"];

/** The same document rendered by a process that has rendered nothing else. */
function renderedFresh(lines: string[]): Buffer {
  const script = `import { renderPdf } from "@server/lib/pdf.ts";
const lines = ${JSON.stringify(lines)};
const bytes = await renderPdf({ info: { creationDate: new Date("2026-01-02T03:04:05Z") }, content: lines.map((line, i) => ({ text: line, bold: i % 2 === 1, italics: i % 3 === 2 })) });
process.stdout.write(bytes.toString("base64"));`;
  return Buffer.from(execFileSync("npx", ["tsx", "--input-type=module", "-e", script], { encoding: "utf8" }), "base64");
}

describe("renderPdf: fonts parsed once, words shaped once, documents unchanged", () => {
  it("parses each font style once however many documents it renders", async () => {
    await renderPdf(doc(EARLIER[0]!));
    const parsed = fontStats.parsed;
    for (let i = 0; i < 5; i++) await renderPdf(doc([`Czynsz ${i} zł`, "Kaucja", "Umowa"]));
    expect(parsed).toBeGreaterThanOrEqual(1);
    expect(parsed).toBeLessThanOrEqual(4); // Roboto: normal, bold, italics, bolditalics
    expect(fontStats.parsed).toBe(parsed);
  });

  it("renders a document to the same bytes as a fresh process does, after other documents", async () => {
    for (const lines of EARLIER) await renderPdf(doc(lines));
    const later = await renderPdf(doc(LATER));
    expect(later.equals(renderedFresh(LATER))).toBe(true);
    const shown = text(later);
    for (const line of LATER) expect(shown.replace(/ +/g, " ")).toContain(line);
  }, 60_000);
});
