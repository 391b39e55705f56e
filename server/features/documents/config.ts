import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { validateNip } from "@shared/domain/identifiers.ts";

// What the office prints on its documents and what it tells the applicant: city data and wording,
// not rules, so they live in a configuration file (README, "Documents"). The default is the repo's
// config/documents.json; DOCUMENTS_CONFIG names another. Read once per path and checked at start.

const line = (max: number) => z.string().trim().min(1).max(max);
const paragraphs = z.array(line(4000)).min(1);

export const DocumentsConfig = z.object({
  grantor: z.object({
    name: line(200),
    unit: line(200),
    address: line(300),
    nip: z.string().transform((nip, ctx) => {
      const check = validateNip(nip);
      if (check.ok) return check.value;
      ctx.addIssue({ code: "custom", message: "not a valid NIP (10 digits, check digit)" });
      return z.NEVER;
    }),
    /** Printed before the date: "Kraków, 05.12.2026". */
    place: line(100),
    /** Under the signature: "z upoważnienia Prezydenta Miasta Krakowa". */
    signingFor: line(200),
  }),
  /** Case numbers are `<prefix>/<year>/<0001>`. */
  caseNumberPrefix: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.\-/]{0,30}$/, "letters, digits, '.', '-' or '/', at most 31"),
  /** The notice (pouczenie): what the applicant can do next, one list of paragraphs per outcome. */
  notice: z.object({ approved: paragraphs, rejected: paragraphs }),
});
export type DocumentsConfig = z.infer<typeof DocumentsConfig>;

const DEFAULT_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../config/documents.json");
const loaded = new Map<string, DocumentsConfig>();

/** The configuration at `file` (default: config/documents.json); a bad file stops with every problem listed. */
export function documentsConfig(file = DEFAULT_PATH): DocumentsConfig {
  const known = loaded.get(file);
  if (known) return known;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read the documents configuration ${file}: ${(error as Error).message}`);
  }
  const result = DocumentsConfig.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid documents configuration ${file}:\n${lines.join("\n")}`);
  }
  loaded.set(file, result.data);
  return result.data;
}
