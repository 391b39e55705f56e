/**
 * Bytes of an uploaded spreadsheet to text. UTF-8 (with or without BOM) is the format we ask for;
 * Polish Excel's plain "CSV" is Windows-1250, so a file that is not UTF-8 is read as Windows-1250
 * when everything in it then looks like Polish text, and the report says so. Anything else (UTF-16,
 * ISO-8859-2, a binary file) is refused with a message telling the officer how to save the file.
 */
export type Encoding = "utf-8" | "windows-1250";
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const cp1250 = new TextDecoder("windows-1250");

// What a Polish spreadsheet holds: ASCII, Polish and other Latin letters, common punctuation.
// ISO-8859-2 read as Windows-1250 shows up as "±", "¶" or "Ľ" instead of "ą", "ś", "ź": refused.
const PLAUSIBLE = /^[\t\n\r\x20-\x7e\u00a0\u00ab\u00bb\u00a7\u00b0\u00b2\u00b3\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ffĄąĆćĘęŁłŃńŚśŹźŻż„”“‚‘’–—…€•]*$/u;

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    const text = cp1250.decode(bytes);
    return PLAUSIBLE.test(text) ? { ok: true, text, encoding: "windows-1250" } : { ok: false };
  }
}

const CHUNK_BYTES = 1 << 20;

function* byteChunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
}

/**
 * decodeCsv's verdict without keeping the text: the bytes are checked a megabyte at a time, so a
 * large file is never held twice (its bytes and, at two bytes a character, its text); null: refused.
 */
export function detectEncoding(bytes: Uint8Array): Encoding | null {
  if (bytes.includes(0)) return null;
  const strict = new TextDecoder("utf-8", { fatal: true });
  try {
    for (const chunk of byteChunks(bytes)) strict.decode(chunk, { stream: true });
    strict.decode();
    return "utf-8";
  } catch {
    const legacy = new TextDecoder("windows-1250");
    for (const chunk of byteChunks(bytes)) {
      if (!PLAUSIBLE.test(legacy.decode(chunk, { stream: true }))) return null;
    }
    return "windows-1250";
  }
}

/** The text of bytes in `encoding` (detectEncoding), a megabyte at a time; a character split between chunks comes whole, a UTF-8 BOM goes. */
export function* decodeChunks(bytes: Uint8Array, encoding: Encoding): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (const chunk of byteChunks(bytes)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export const ENCODING_MESSAGES = {
  refused: {
    pl: "Nie udało się odczytać pliku: nie jest zapisany w kodowaniu UTF-8. Zapisz go w Excelu jako „CSV UTF-8 (rozdzielany przecinkami) (*.csv)” albo w LibreOffice z kodowaniem Unicode (UTF-8) i wyślij ponownie.",
    en: "The file could not be read: it is not saved as UTF-8. In Excel save it as “CSV UTF-8 (Comma delimited) (*.csv)”, or in LibreOffice with the Unicode (UTF-8) character set, and send it again.",
  },
  windows1250: {
    pl: "Plik był zapisany w kodowaniu Windows-1250 (zwykły „CSV” z polskiego Excela) i tak został odczytany. Sprawdź polskie litery; najlepiej zapisuj plik jako „CSV UTF-8”.",
    en: "The file was saved as Windows-1250 (plain “CSV” from Polish Excel) and was read as such. Check the Polish letters; preferably save the file as “CSV UTF-8”.",
  },
} as const;
