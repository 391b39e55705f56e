import { createRequire } from "node:module";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

// pdfmake in Node: Roboto (which has every Polish letter) from the bundled vfs_fonts, written into
// pdfmake's own virtual file system. A document definition may not read local files or fetch URLs:
// everything it shows comes from the data we pass in.

interface VirtualFs { writeFileSync(name: string, content: Buffer): void }

const ROBOTO = {
  normal: "Roboto-Regular.ttf",
  bold: "Roboto-Medium.ttf",
  italics: "Roboto-Italic.ttf",
  bolditalics: "Roboto-MediumItalic.ttf",
};

let ready = false;

function setUp(): void {
  if (ready) return;
  const vfs = createRequire(import.meta.url)("pdfmake/build/vfs_fonts.js") as Record<string, string>;
  const virtualfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  for (const file of Object.values(ROBOTO)) virtualfs.writeFileSync(file, Buffer.from(vfs[file]!, "base64"));
  pdfmake.setFonts({ Roboto: ROBOTO });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  setUp();
  return pdfmake.createPdf({ ...definition, defaultStyle: { font: "Roboto", fontSize: 10, ...definition.defaultStyle } }).getBuffer();
}
