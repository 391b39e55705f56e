import { CsvError, parse, type Info } from "csv-parse";
import { Readable } from "node:stream";
import { PremisesWrite } from "@shared/contracts/premises-register.ts";
import { fieldErrorsOf } from "@server/lib/validate.ts";
import { COLUMNS, columnByHeader, columnOfField, type Column } from "./columns.ts";

/** A problem with one line of the file, before it is put into words. */
export interface RowProblem {
  line: number;
  field: string;
  column: string | null;
  code: string;
  value: string | null;
}

/** A row that names an inventory code (its first line in the file), with its record when the row is valid. */
export interface ReadRow {
  line: number;
  code: string;
  record: PremisesWrite | undefined;
}

export interface ReadOptions {
  /**
   * Receives the rows as they are read, ROWS_PER_BATCH at a time (the last batch shorter), and is
   * awaited before reading goes on: the caller checks and writes them, so no more than one batch of
   * records is ever in memory. A row without a code, or repeating a code already read, is not passed
   * on (it is an error of its own line).
   */
  onRows?: (rows: ReadRow[], result: ReadResult) => Promise<void> | void;
  onProgress?: (rowsDone: number) => void;
}

export interface ReadResult {
  rows: number;
  valid: number;
  /** The first MAX_KEPT problems; problemCount counts them all. */
  problems: RowProblem[];
  problemCount: number;
  /** Inventory code -> the line it is on, for the check against the register. */
  codes: Map<string, number>;
  invalidLines: Set<number>;
}

const MAX_KEPT = 5000;
export const ROWS_PER_BATCH = 500;
const CHUNK = 1 << 20;
const SEPARATORS = [";", ",", "\t"] as const;
/** A record may span lines (a quoted cell with line breaks), never this much: an unclosed quote stops here. */
const MAX_RECORD_CHARS = 1 << 20;

export function addProblem(result: Pick<ReadResult, "problems" | "problemCount" | "invalidLines">, problem: RowProblem): void {
  result.problemCount += 1;
  result.invalidLines.add(problem.line);
  if (result.problems.length < MAX_KEPT) result.problems.push(problem);
}

/**
 * Reads a register spreadsheet row by row (csv-parse, streaming): each row becomes a PremisesWrite
 * validated by the shared schema, and every problem is kept with its line (the header is line 1).
 */
export async function readPremisesCsv(input: string | Iterable<string>, options: ReadOptions): Promise<ReadResult> {
  // Text in chunks (decodeChunks): the whole file's text never in memory at once. The header line
  // (at most 64 KB) is taken whole for the separator, whatever the size of the chunks.
  const source = (typeof input === "string" ? chunks(input) : input)[Symbol.iterator]();
  let start = "";
  for (let next; !/\n|\r(?!$)/.test(start) && !(next = source.next()).done;) start += next.value;
  const { delimiter, skipLines, body } = detectSeparator(start.replace(/^\ufeff/, ""));
  const result: ReadResult = { rows: 0, valid: 0, problems: [], problemCount: 0, codes: new Map(), invalidLines: new Set() };
  const fileProblem = (line: number, code: string) => addProblem(result, { line, field: "file", column: null, code, value: null });
  const parser = parse({
    delimiter, info: true, relax_column_count: true, max_record_size: MAX_RECORD_CHARS, skip_empty_lines: true, skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) fileProblem(skipLines + Number(error.lines ?? 0), "csv.format");
    },
  });
  Readable.from(continued(body, source)).pipe(parser);

  let header: HeaderSlot[] | null | undefined;
  let batch: ReadRow[] = [];
  const take = (record: string[], info: Info) => {
    // info.lines is where the record ends; a quoted cell may span lines.
    const line = skipLines + info.lines - record.reduce((n, cell) => n + (cell.includes("\n") ? cell.split("\n").length - 1 : 0), 0);
    if (header === undefined) {
      header = readHeader(result, record, line);
      return;
    }
    if (record.every((cell) => cell.trim() === "")) return;
    result.rows += 1;
    if (options.onProgress && result.rows % 1000 === 0) options.onProgress(result.rows);
    const row = header === null ? undefined : takeRow(result, header, record, line);
    if (row && options.onRows) batch.push(row);
  };
  const flush = async () => {
    const rows = batch;
    batch = [];
    if (rows.length > 0) await options.onRows?.(rows, result);
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      take(record, info);
      if (batch.length >= ROWS_PER_BATCH) await flush();
    }
  } catch (error) {
    // What csv-parse cannot skip (a quote left open to the end of the file) ends the reading there.
    if (!(error instanceof CsvError)) throw error;
    fileProblem(skipLines + Number(error.lines ?? 0), "csv.format");
  }
  await flush();
  if (header === undefined || (header !== null && result.rows === 0)) fileProblem(skipLines + 1, "csv.empty");
  options.onProgress?.(result.rows);
  return result;
}

function* chunks(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
}

function* continued(first: string, rest: Iterator<string>): Generator<string> {
  if (first) yield first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/** `sep=;` (Excel's hint) or the separator the header line uses most. */
function detectSeparator(text: string): { delimiter: string; skipLines: number; body: string } {
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) return { delimiter: hint[1]!, skipLines: 1, body: text.slice(hint[0].length) };
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = SEPARATORS.map((s) => firstLine.split(s).length);
  return { delimiter: SEPARATORS[counts.indexOf(Math.max(...counts))]!, skipLines: 0, body: text };
}

type HeaderSlot = Column | null;

function readHeader(result: ReadResult, cells: string[], line: number): HeaderSlot[] | null {
  const before = result.problemCount;
  const problem = (field: string, column: string, code: string) => addProblem(result, { line, field, column, code, value: null });
  const slots: HeaderSlot[] = [];
  const seen = new Set<Column>();
  for (const raw of cells) {
    const name = raw.trim();
    // An empty header cell is the trailing separator spreadsheets like to add; a derived column is ours.
    const found = name === "" ? "derived" : columnByHeader(name);
    if (found === undefined) problem("file", name, "csv.header.unknown");
    else if (found !== "derived" && seen.has(found)) problem(found.field, name, "csv.header.duplicate");
    if (found !== undefined && found !== "derived") seen.add(found);
    slots.push(found === undefined || found === "derived" ? null : found);
  }
  for (const column of COLUMNS) {
    if (column.required && !seen.has(column)) problem(column.field, column.header, "csv.header.missing");
  }
  return result.problemCount > before ? null : slots;
}

/** Reads and counts one row; the row to pass on when it names a code not seen before in the file. */
function takeRow(result: ReadResult, header: HeaderSlot[], cells: string[], line: number): ReadRow | undefined {
  const row = readRow(cells, header, line);
  const code = row.inventoryCode;
  let first = false;
  if (code) {
    first = !result.codes.has(code);
    if (first) result.codes.set(code, line);
    else row.problems.push({ line, field: "inventoryCode", column: "Kod inwentarzowy", code: "inventoryCode.duplicateInFile", value: code });
  }
  for (const problem of row.problems) addProblem(result, problem);
  const valid = row.problems.length === 0 && row.parsed !== undefined;
  if (valid) result.valid += 1;
  return first ? { line, code, record: valid ? row.parsed : undefined } : undefined;
}

/** Each column's field as [key] or [object, key], split once. */
const PATHS = new Map(COLUMNS.map((c) => [c, c.field.split(".") as [string, string?]]));

function setPath(target: Record<string, unknown>, column: Column, value: unknown): void {
  const [head, tail] = PATHS.get(column)!;
  if (tail === undefined) target[head] = value;
  else ((target[head] ??= {}) as Record<string, unknown>)[tail] = value;
}

function readRow(cells: string[], header: HeaderSlot[], line: number) {
  const problems: RowProblem[] = [];
  const record: Record<string, unknown> = {};
  const raw = new Map<Column, string>();
  if (cells.slice(header.length).some((c) => c.trim() !== "")) {
    problems.push({ line, field: "file", column: null, code: "csv.columns", value: null });
  }
  header.forEach((column, i) => { if (column) raw.set(column, cells[i] ?? ""); });
  const badFields = new Set<string>();
  // A column left out of the file reads as empty cells (optional columns only: the header checked that).
  for (const column of COLUMNS) {
    const value = raw.get(column) ?? "";
    const read = column.cell.read(value);
    if (read.ok) setPath(record, column, read.value);
    else {
      badFields.add(column.field);
      problems.push({ line, field: column.field, column: column.header, code: read.code, value });
    }
  }
  const inventoryCode = typeof record.inventoryCode === "string" ? record.inventoryCode.trim() : "";
  const parsed = PremisesWrite.safeParse(record);
  if (parsed.success) return { inventoryCode, problems, parsed: parsed.data };
  const seen = new Set<string>();
  for (const error of fieldErrorsOf(parsed.error)) {
    const column = columnOfField(error.field);
    const field = column?.field ?? error.field;
    if (badFields.has(field) || seen.has(field)) continue;
    seen.add(field);
    problems.push({ line, field, column: column?.header ?? null, code: error.code, value: column ? raw.get(column) ?? null : null });
  }
  return { inventoryCode, problems, parsed: undefined };
}
