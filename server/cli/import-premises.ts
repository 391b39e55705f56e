import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { importPremisesCsv, openImportStore, refusedReport } from "@server/features/premises-register/index.ts";
import type { ImportReport } from "@shared/contracts/premises-register.ts";
import { validationMessage } from "@shared/i18n/validation.ts";
import { loadEnv } from "@server/lib/env.ts";
import { AppError } from "@server/lib/errors.ts";
import { migrateDatabase } from "@server/lib/migrate.ts";

// npm run premises:import -- file.csv [--dry-run]
// The same reader and checks as POST /api/premises/import, for files too large to send by a browser.

const USAGE = "Użycie: npm run premises:import -- plik.csv [--dry-run]";
const { values, positionals } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
// npm runs scripts in the project folder; a relative path means the folder the command was typed in.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
const dryRun = values["dry-run"];

function progressBar(total: number): (done: number) => void {
  const tty = process.stderr.isTTY;
  let lastPercent = -1;
  return (done) => {
    const percent = total ? Math.min(100, Math.floor((done / total) * 100)) : 100;
    if (tty) {
      const filled = Math.round(percent / 2.5);
      process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(40 - filled)}] ${percent}% ${done}/${total} wierszy`);
    } else if (percent >= lastPercent + 10 || done === total) {
      // Not a terminal (a log file, CI): a line every 10% instead of redrawing one.
      process.stderr.write(`${percent}% ${done}/${total} wierszy\n`);
      lastPercent = percent;
    }
  };
}

function printErrors(report: ImportReport): void {
  for (const e of report.errors) {
    const where = e.column ? `, kolumna „${e.column}”` : "";
    const value = e.value ? ` (wartość: „${e.value}”)` : "";
    console.log(`wiersz ${e.line}${where}: ${e.message}${value}`);
  }
  if (report.errorCount > report.errors.length) console.log(`… i ${report.errorCount - report.errors.length} kolejnych błędów.`);
}

const bytes = await readFile(file).catch(() => {
  console.error(`Nie można odczytać pliku: ${file}`);
  process.exit(2);
});
const env = loadEnv();
await migrateDatabase(env.DATABASE_URL);
// The API's bulk statements: on SQLite the rows are staged, so a running server's writers are not held.
const store = await openImportStore(env.DATABASE_URL);
const { db } = store;
// Rows, not lines, are counted as they are read; lines are a close enough total for the bar.
const lines = bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
const onProgress = progressBar(Math.max(lines - 1, 0));
let exitCode = 0;
try {
  // A real import writes the rows as it reads them, in one transaction committed at the end.
  const report = await importPremisesCsv(db, bytes, { dryRun, actor: null, lang: "pl", source: `cli:${path.basename(file)}`, onProgress }, store);
  if (process.stderr.isTTY) process.stderr.write("\n");
  for (const notice of report.notices) console.log(notice);
  printErrors(report);
  const verdict = dryRun ? (report.errorCount ? "do poprawy" : "gotowy do importu") : `zaimportowano ${report.imported}`;
  console.log(`Wierszy: ${report.rows}, poprawnych: ${report.valid}, błędów: ${report.errorCount}; ${verdict}.`);
  if (report.errorCount) exitCode = 1;
} catch (error) {
  if (process.stderr.isTTY) process.stderr.write("\n");
  const refused = refusedReport(error);
  if (refused) {
    printErrors(refused);
    console.log(`Nic nie zaimportowano (błędy: ${refused.errorCount}). Popraw plik i uruchom ponownie.`);
  } else if (error instanceof AppError) {
    console.error(error.detail ?? (error.fieldErrors.map((e) => validationMessage(e.code)).join(" ") || error.title));
  } else {
    throw error;
  }
  exitCode = 1;
} finally {
  await db.$disconnect();
}
process.exit(exitCode);
