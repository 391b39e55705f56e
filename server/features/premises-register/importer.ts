import { randomUUID } from "node:crypto";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import type { ImportError, ImportFieldChange, ImportMode, ImportReport, PremisesWrite } from "@shared/contracts/premises-register.ts";
import { validationMessage, type Lang } from "@shared/i18n/validation.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { recordAudit } from "@server/lib/audit.ts";
import { bumpDataVersion, type Db } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { onUniqueViolation } from "@server/lib/conflicts.ts";
import { afterBulkLoad, findPremises, PREMISES_VERSION_KEY, toDetail } from "@server/features/premises/index.ts";
import { decodeChunks, detectEncoding, ENCODING_MESSAGES, type Encoding } from "./csv/decode.ts";
import { addProblem, readPremisesCsv, type ReadResult } from "./csv/read.ts";
import { portableStore, type ImportStore } from "./bulk.ts";
import { fieldChanges } from "./changes.ts";
import { replacePremisesRow } from "./repository.ts";
import { changedMeanwhile, duplicateCodeError } from "./service.ts";

export interface ImportOptions {
  dryRun: boolean;
  /** "add" when not given. */
  mode?: ImportMode;
  actor: Actor | null;
  lang: Lang;
  /** Where the rows came from, for the audit trail: "api" or "cli:<file name>". */
  source: string;
  onProgress?: (rowsDone: number) => void;
  /** Called once every row has passed, before the (long) write of `count` rows. */
  onWrite?: (count: number) => void;
}

const REFUSED = {
  pl: (count: number) => `Nic nie zaimportowano: plik zawiera błędy (${count}). Popraw je i wyślij plik ponownie.`,
  en: (count: number) => `Nothing was imported: ${count} errors in the file. Correct them and send the file again.`,
} satisfies Record<Lang, (count: number) => string>;

/** A real import of a file with errors: nothing was written; the problem carries the report, line by line. */
function importRefused(report: ImportReport, lang: Lang): AppError {
  return new AppError(422, "import-invalid", "Nie zaimportowano", REFUSED[lang](report.errorCount), [], report);
}

/** The report of an import refused for bad rows, or undefined for any other error. */
export function refusedReport(error: unknown): ImportReport | undefined {
  return error instanceof AppError && error.code === "import-invalid" ? (error.members as ImportReport) : undefined;
}

const LISTED = 1000;

/** A row of the register is well under 2 KB; a longer line is not a spreadsheet row (or lacks its line breaks). */
export const MAX_LINE_BYTES = 64 * 1024;

const LINE_TOO_LONG = {
  pl: (line: number) => `Wiersz ${line} pliku ma ponad 64 KB: to nie jest wiersz rejestru (może brakuje w pliku znaków końca wiersza). Zapisz arkusz jako „CSV UTF-8” i wyślij ponownie.`,
  en: (line: number) => `Line ${line} of the file is longer than 64 KB: it is not a row of the register (the file may lack line breaks). Save the sheet as “CSV UTF-8” and send it again.`,
} satisfies Record<Lang, (line: number) => string>;

/** The number of the first line (1-based; CR, LF or CRLF end a line) longer than `max` bytes, or null. Checked before anything is parsed. */
function firstLineLongerThan(bytes: Uint8Array, max: number): number | null {
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i];
    if (b !== 0x0a && b !== 0x0d) continue;
    if (i - start > max) return line;
    if (b === 0x0d && bytes[i + 1] === 0x0a) i += 1;
    line += 1;
    start = i + 1;
  }
  return bytes.length - start > max ? line : null;
}

/**
 * The CSV import, shared by the API and the command line: decode, read and validate every row, check
 * the codes against the register, then (not in a dry run, and only when every row is valid) write
 * every row in one transaction: new codes inserted in bulk with one audit event for the import and,
 * in mode add-and-update, each premises a row changes replaced and audited as an officer's edit is.
 */
export async function importPremisesCsv(db: Db, bytes: Uint8Array, options: ImportOptions, store: ImportStore = portableStore(db)): Promise<ImportReport> {
  const mode = options.mode ?? "add";
  const { encoding, result } = await readFile(bytes, options, !options.dryRun || mode === "add-and-update");
  const plan = mode === "add" ? await checkAgainstRegister(store, result) : await planUpdates(store, result);

  const report: ImportReport = {
    dryRun: options.dryRun,
    mode,
    encoding,
    rows: result.rows,
    valid: result.valid,
    imported: 0,
    errors: listErrors(result, options.lang),
    errorCount: result.problemCount,
    added: plan.additions.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    changes: plan.updates.slice(0, LISTED).map(({ line, before, fields }) => ({ line, inventoryCode: before.inventoryCode, premisesId: before.id, fields })),
    notices: encoding === "windows-1250" ? [ENCODING_MESSAGES.windows1250[options.lang]] : [],
  };
  if (options.dryRun) return report;
  if (report.errorCount > 0) throw importRefused(report, options.lang);

  const { additions, updates } = plan;
  const written = additions.length + updates.length;
  options.onWrite?.(written);
  // Someone may add one of these codes after the check, or edit a premises being updated: then nothing is written.
  await onUniqueViolation(() => db.$transaction(async (tx) => {
    await store.insertPremises(tx, additions);
    for (const { before, record } of updates) {
      if (!(await replacePremisesRow(tx, before.id, record, new Date(before.updatedAt)))) throw changedMeanwhile();
      const row = await findPremises(tx, before.id);
      await recordAudit(tx, { actor: options.actor, entity: "premises", entityId: before.id, action: "update", before, after: toDetail(row!) });
    }
    await recordAudit(tx, {
      actor: options.actor, entity: "premises", entityId: `import:${randomUUID()}`, action: "import",
      after: {
        source: options.source, mode, count: additions.length, codes: additions.map((r) => r.inventoryCode),
        ...(mode === "add-and-update" ? { updated: updates.map((u) => u.before.inventoryCode) } : {}),
      },
    });
    if (written > 0) await bumpDataVersion(tx, PREMISES_VERSION_KEY);
  }, { timeout: 600_000 }), duplicateCodeError);
  await afterBulkLoad(db, written);
  return { ...report, imported: written };
}

interface Update {
  line: number;
  before: PremisesDetail;
  record: PremisesWrite;
  fields: ImportFieldChange[];
}

interface Plan {
  additions: PremisesWrite[];
  updates: Update[];
  unchanged: number;
}

/** Mode add: a code already in the register is an error of its row. */
async function checkAgainstRegister(store: ImportStore, result: ReadResult): Promise<Plan> {
  const taken = await store.existingCodes([...result.codes.keys()]);
  for (const code of taken) {
    const line = result.codes.get(code)!;
    if (!result.invalidLines.has(line)) result.valid -= 1;
    addProblem(result, { line, field: "inventoryCode", column: "Kod inwentarzowy", code: "inventoryCode.existsAddOnly", value: code });
  }
  return { additions: taken.size ? result.records.filter((r) => !taken.has(r.inventoryCode)) : result.records, updates: [], unchanged: 0 };
}

/** Mode add-and-update: a valid row with a code of the register updates that premises when any field differs. */
async function planUpdates(store: ImportStore, result: ReadResult): Promise<Plan> {
  const existing = await store.premisesByCodes(result.records.map((r) => r.inventoryCode));
  const plan: Plan = { additions: [], updates: [], unchanged: 0 };
  for (const record of result.records) {
    const before = existing.get(record.inventoryCode);
    if (!before) {
      plan.additions.push(record);
      continue;
    }
    const fields = fieldChanges(before, record);
    if (fields.length === 0) plan.unchanged += 1;
    else plan.updates.push({ line: result.codes.get(record.inventoryCode)!, before, record, fields });
  }
  return plan;
}

/** Decoded and read a megabyte at a time: the file's whole text (twice its size in memory) never exists. */
async function readFile(bytes: Uint8Array, options: ImportOptions, keepRecords: boolean): Promise<{ encoding: Encoding; result: ReadResult }> {
  const longLine = firstLineLongerThan(bytes, MAX_LINE_BYTES);
  if (longLine !== null) throw new AppError(422, "import-line-too-long", "Za długi wiersz pliku", LINE_TOO_LONG[options.lang](longLine));
  const encoding = detectEncoding(bytes);
  if (encoding === null) throw new AppError(422, "import-encoding", "Nieobsługiwane kodowanie pliku", ENCODING_MESSAGES.refused[options.lang]);
  const result = await readPremisesCsv(decodeChunks(bytes, encoding), { keepRecords, onProgress: options.onProgress });
  return { encoding, result };
}

function listErrors(result: ReadResult, lang: Lang): ImportError[] {
  return [...result.problems]
    .sort((a, b) => a.line - b.line)
    .slice(0, LISTED)
    .map((p) => ({ ...p, message: validationMessage(p.code, lang) }));
}
