import { randomUUID } from "node:crypto";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import type { ImportError, ImportMode, ImportReport, PremisesWrite } from "@shared/contracts/premises-register.ts";
import { validationMessage, type Lang } from "@shared/i18n/validation.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import { recordAudit } from "@server/lib/audit.ts";
import { bumpDataVersion, type Db, type DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { onUniqueViolation } from "@server/lib/conflicts.ts";
import { afterBulkLoad, findPremises, PREMISES_VERSION_KEY, toDetail } from "@server/features/premises/index.ts";
import { decodeChunks, detectEncoding, ENCODING_MESSAGES, type Encoding } from "./csv/decode.ts";
import { addProblem, readPremisesCsv, type ReadResult, type ReadRow } from "./csv/read.ts";
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
 * The CSV import, shared by the API and the command line: decode, read and validate the rows a batch
 * at a time, each batch checked against the register as it comes; a dry run stops there. A real import
 * writes each batch's new premises as soon as it is checked (memory holds one batch of records, not
 * the file's): on PostgreSQL inside the import's one transaction, on SQLite into a staging table that
 * one short transaction publishes at the end (bulk.ts). When any row of the file is wrong nothing is
 * written: all rows or none. One audit event lists the import; in mode add-and-update each premises a
 * row changes is replaced and audited as an officer's edit is.
 */
export async function importPremisesCsv(db: Db, bytes: Uint8Array, options: ImportOptions, store: ImportStore = portableStore(db)): Promise<ImportReport> {
  const mode = options.mode ?? "add";
  const encoding = checkFile(bytes, options.lang);
  const read = (q: DbTx, write: boolean) => readAndWrite(q, store, decodeChunks(bytes, encoding), mode, write, options.onProgress);
  const reportOf = (outcome: Outcome): ImportReport => ({
    dryRun: options.dryRun,
    mode,
    encoding,
    rows: outcome.result.rows,
    valid: outcome.result.valid,
    imported: 0,
    errors: listErrors(outcome.result, options.lang),
    errorCount: outcome.result.problemCount,
    added: outcome.added.length,
    updated: outcome.updated.length,
    unchanged: outcome.unchanged,
    changes: outcome.changes,
    notices: encoding === "windows-1250" ? [ENCODING_MESSAGES.windows1250[options.lang]] : [],
  });
  if (options.dryRun) return reportOf(await read(db, false));

  // Inside the one transaction: nothing when any row is bad, else the staged rows, the updates, one audit event for the import.
  const finish = async (tx: DbTx, outcome: Outcome): Promise<ImportReport> => {
    const report = reportOf(outcome);
    if (report.errorCount > 0) throw importRefused(report, options.lang);
    await store.publish(tx);
    for (const { before, record } of outcome.updates) {
      if (!(await replacePremisesRow(tx, before.id, record, new Date(before.updatedAt)))) throw changedMeanwhile();
      const row = await findPremises(tx, before.id);
      await recordAudit(tx, { actor: options.actor, entity: "premises", entityId: before.id, action: "update", before, after: toDetail(row!) });
    }
    await recordAudit(tx, {
      actor: options.actor, entity: "premises", entityId: `import:${randomUUID()}`, action: "import",
      after: {
        source: options.source, mode, count: outcome.added.length, codes: outcome.added,
        ...(mode === "add-and-update" ? { updated: outcome.updated } : {}),
      },
    });
    const written = outcome.added.length + outcome.updated.length;
    if (written > 0) await bumpDataVersion(tx, PREMISES_VERSION_KEY);
    return { ...report, imported: written };
  };
  // Someone may add one of these codes meanwhile, or edit a premises being updated: then nothing is written.
  const transaction = (work: (tx: DbTx) => Promise<ImportReport>) =>
    onUniqueViolation(() => db.$transaction(work, { timeout: 600_000 }), duplicateCodeError);
  let report: ImportReport;
  if (store.writes === "staged") {
    // Read and staged outside any transaction; into the register in a short one at the end.
    try {
      const outcome = await read(db, true);
      report = await transaction((tx) => finish(tx, outcome));
    } finally {
      await store.discard();
    }
  } else {
    report = await transaction(async (tx) => finish(tx, await read(tx, true)));
  }
  await afterBulkLoad(db, report.imported);
  return report;
}

interface Outcome {
  result: ReadResult;
  /** Codes added, in file order. */
  added: string[];
  /** Codes of the premises a row changes. */
  updated: string[];
  unchanged: number;
  /** The first LISTED changes, for the report. */
  changes: ImportReport["changes"];
  /** What the rows change, kept in a real import to be written at the end (an officer's edits: few). */
  updates: Update[];
}

/**
 * Reads the file a batch at a time; each batch is checked against the register through `q` and, with
 * `writing` (a real import), its new premises staged at once (store.stage: into the transaction `q`,
 * or a side table) and its updates kept, until the first error of the file: from then on the rows are
 * only read, for the report, and nothing is written.
 */
async function readAndWrite(
  q: DbTx, store: ImportStore, text: Iterable<string>, mode: ImportMode, writing: boolean, onProgress: ImportOptions["onProgress"],
): Promise<Outcome> {
  const outcome: Omit<Outcome, "result"> = { added: [], updated: [], unchanged: 0, changes: [], updates: [] };
  const onRows = async (rows: ReadRow[], result: ReadResult) => {
    const additions: PremisesWrite[] = [];
    const updates: Update[] = [];
    if (mode === "add") {
      // A code already in the register is an error of its row.
      const taken = await store.existingCodes(q, rows.map((r) => r.code));
      for (const { line, code, record } of rows) {
        if (taken.has(code)) {
          if (record) result.valid -= 1;
          addProblem(result, { line, field: "inventoryCode", column: "Kod inwentarzowy", code: "inventoryCode.existsAddOnly", value: code });
        } else if (record) additions.push(record);
      }
    } else {
      // A valid row with a code of the register updates that premises when any field differs.
      const valid = rows.filter((r): r is ReadRow & { record: PremisesWrite } => r.record !== undefined);
      const existing = await store.premisesByCodes(q, valid.map((r) => r.code));
      for (const { line, code, record } of valid) {
        const before = existing.get(code);
        if (!before) additions.push(record);
        else {
          const fields = fieldChanges(before, record);
          if (fields.length === 0) outcome.unchanged += 1;
          else updates.push({ before, record });
          if (fields.length > 0 && outcome.changes.length < LISTED) outcome.changes.push({ line, inventoryCode: code, premisesId: before.id, fields });
        }
      }
    }
    outcome.added.push(...additions.map((r) => r.inventoryCode));
    outcome.updated.push(...updates.map((u) => u.before.inventoryCode));
    if (!writing || result.problemCount > 0) return;
    await store.stage(q, additions);
    outcome.updates.push(...updates);
  };
  const result = await readPremisesCsv(text, { onRows, onProgress });
  return { ...outcome, result };
}

interface Update {
  before: PremisesDetail;
  record: PremisesWrite;
}

/** Refuses, before anything is parsed, a file with a line too long to be a row or in an encoding we cannot read. */
function checkFile(bytes: Uint8Array, lang: Lang): Encoding {
  const longLine = firstLineLongerThan(bytes, MAX_LINE_BYTES);
  if (longLine !== null) throw new AppError(422, "import-line-too-long", "Za długi wiersz pliku", LINE_TOO_LONG[lang](longLine));
  const encoding = detectEncoding(bytes);
  if (encoding === null) throw new AppError(422, "import-encoding", "Nieobsługiwane kodowanie pliku", ENCODING_MESSAGES.refused[lang]);
  return encoding;
}

function listErrors(result: ReadResult, lang: Lang): ImportError[] {
  return [...result.problems]
    .sort((a, b) => a.line - b.line)
    .slice(0, LISTED)
    .map((p) => ({ ...p, message: validationMessage(p.code, lang) }));
}
