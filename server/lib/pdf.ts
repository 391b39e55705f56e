import { createRequire } from "node:module";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

// pdfmake in Node: Roboto (which has every Polish letter) from the bundled vfs_fonts, written into
// pdfmake's own virtual file system. A document definition may not read local files or fetch URLs:
// everything it shows comes from the data we pass in.
//
// Speed. pdfkit (under pdfmake) parses each font file and shapes every word anew for every document:
// that was most of a lease agreement's time (tests/bench/leases.ts). Fonts never change while the
// process runs, so
// - each font file is parsed once: fontkit.create is memoized by the buffer pdfmake passes (the same
//   buffer from its virtual file system every time);
// - the words pdfkit has shaped with a font (its EmbeddedFont.layoutCache, a cache pdfkit already keeps
//   per document) are kept per parsed font and shared by the documents after it.
// Subsetting and embedding stay per document, so a document's bytes do not change
// (tests/api/pdf-fonts.test.ts and tests/api/lease-documents.test.ts compare renders byte for byte).
//
// pdfkit binds `require("fontkit")` when it is first loaded and fontkit's exports cannot be redefined,
// so the memoized exports are put into the require cache before pdfmake (and with it pdfkit) is
// loaded: pdfmake is required here, lazily, and nowhere else (eslint's no-restricted-imports holds that).

interface VirtualFs { writeFileSync(name: string, content: Buffer): void }
interface PdfMake {
  virtualfs: VirtualFs;
  setFonts(fonts: Record<string, typeof ROBOTO>): void;
  setUrlAccessPolicy(policy: () => boolean): void;
  setLocalAccessPolicy(policy: () => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}
interface Glyph { codePoints: number[] }
interface FontkitFont { getGlyph(id: number, codePoints?: number[]): Glyph }
interface Fontkit { create(buffer: Uint8Array, postscriptName?: string): FontkitFont }
interface PdfKitDocument { font(source: Buffer): PdfKitDocument; _font: object }

const ROBOTO = {
  normal: "Roboto-Regular.ttf",
  bold: "Roboto-Medium.ttf",
  italics: "Roboto-Italic.ttf",
  bolditalics: "Roboto-MediumItalic.ttf",
};

/** How often a font file was parsed in this process (a test holds it to once per font). */
export const fontStats = { parsed: 0 };

/** The documents after which a font's shared word layouts start again (bounds their memory). */
const DOCUMENTS_PER_LAYOUT_CACHE = 500;

/**
 * pdfkit's EmbeddedFont keeps the words it has shaped in `this.layoutCache`, which its constructor sets
 * to a new object for every document. An accessor on the prototype turns that assignment into a
 * no-op and answers with one cache per parsed font, shared by every document that uses the font.
 */
function shareLayoutCaches(embeddedFont: object): void {
  const caches = new WeakMap<object, { words: Record<string, unknown>; documents: number }>();
  Object.defineProperty(embeddedFont, "layoutCache", {
    configurable: true,
    get(this: { font: object }) {
      return caches.get(this.font)?.words;
    },
    set(this: { font: object }, _perDocument: unknown) {
      const cache = caches.get(this.font);
      if (!cache || cache.documents >= DOCUMENTS_PER_LAYOUT_CACHE) caches.set(this.font, { words: Object.create(null) as Record<string, unknown>, documents: 1 });
      else cache.documents++;
    },
  });
}

/**
 * fontkit keeps one glyph object per glyph id, with the characters it was first asked for. Subsetting a
 * document asks for the parts of composed letters (the "o" of "ó") without characters, and in a font
 * shared between documents that glyph object is the one the next document shows: its text would lose
 * those letters (pdfkit writes a glyph's characters into the PDF's ToUnicode map). A glyph asked for
 * with its characters gets them, as it would in a font parsed for one document.
 */
function keepCodePoints(font: FontkitFont): FontkitFont {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
  return font;
}

function memoizeFontkit(require: NodeJS.Require): void {
  const pdfkitRequire = createRequire(require.resolve("pdfkit"));
  const path = pdfkitRequire.resolve("fontkit");
  const fontkit = pdfkitRequire("fontkit") as Fontkit;
  const entry = pdfkitRequire.cache[path];
  if (!entry) throw new Error("fontkit is not in the require cache");
  const parsed = new WeakMap<Uint8Array, Map<string, FontkitFont>>();
  const create = (buffer: Uint8Array, postscriptName?: string): FontkitFont => {
    const byName = parsed.get(buffer) ?? new Map<string, FontkitFont>();
    parsed.set(buffer, byName);
    let font = byName.get(postscriptName ?? "");
    if (!font) {
      fontStats.parsed++;
      font = keepCodePoints(fontkit.create(buffer, postscriptName));
      byName.set(postscriptName ?? "", font);
    }
    return font;
  };
  const exports: Record<string, unknown> = {};
  for (const key of Object.keys(fontkit).filter((name) => name !== "create")) Object.defineProperty(exports, key, { enumerable: true, get: () => (fontkit as unknown as Record<string, unknown>)[key] });
  Object.defineProperty(exports, "create", { enumerable: true, value: create });
  entry.exports = exports;
}

let pdfmake: PdfMake | null = null;

function setUp(): PdfMake {
  if (pdfmake) return pdfmake;
  const require = createRequire(import.meta.url);
  const pdfmakeRequire = createRequire(require.resolve("pdfmake"));
  if (Object.keys(require.cache).some((path) => path.includes("/pdfkit/"))) throw new Error("pdfkit was loaded before server/lib/pdf.ts could share its fonts");
  memoizeFontkit(pdfmakeRequire);
  const loaded = require("pdfmake") as PdfMake;
  const vfs = require("pdfmake/build/vfs_fonts.js") as Record<string, string>;
  const fonts = Object.values(ROBOTO).map((file) => ({ file, bytes: Buffer.from(vfs[file]!, "base64") }));
  for (const { file, bytes } of fonts) loaded.virtualfs.writeFileSync(file, bytes);
  const PdfKit = pdfmakeRequire("pdfkit") as new () => PdfKitDocument;
  shareLayoutCaches(Object.getPrototypeOf(new PdfKit().font(fonts[0]!.bytes)._font) as object);
  loaded.setFonts({ Roboto: ROBOTO });
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy(() => false);
  pdfmake = loaded;
  return loaded;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return setUp().createPdf({ ...definition, defaultStyle: { font: "Roboto", fontSize: 10, ...definition.defaultStyle } }).getBuffer();
}
