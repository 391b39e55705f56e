import { Problem } from "@shared/contracts/common.ts";
import { ImportQuery, ImportReport } from "@shared/contracts/premises-register.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { requestLang } from "@server/lib/problem.ts";
import type { ApiRouter } from "@server/lib/route.ts";
import { importRunner } from "./import-job.ts";
import { receiveCsv } from "./receive.ts";

/** The problem of a refused import carries the report, its `errors` with line numbers (not for a refused encoding). */
const ImportProblem = Problem.omit({ errors: true }).extend(ImportReport.partial().shape).meta({ id: "ImportProblem" });

export function importRoutes(api: ApiRouter, ctx: AppContext): void {
  const runImport = importRunner(ctx);
  api.route({
    method: "post", path: "/premises/import", tags: ["premises register"], authorize: "premises:import",
    summary: "Import premises from a CSV file sent as the request body (Content-Type: text/csv, at most 64 MB, lines up to 64 KB). "
      + "dryRun=true (the default) only lists every bad row; dryRun=false imports all rows in one transaction, or none when any row is bad (422 with the same list). "
      + "mode=add (the default) refuses a row whose inventory code is in the register; mode=add-and-update updates that premises to the row "
      + "(the report's changes list each changed field, before and after as the spreadsheet writes them; each update is audited as an edit) "
      + "and adds the rows with new codes, so the register's own export, edited, can be imported back",
    query: ImportQuery,
    receive: { contentType: "text/csv", read: receiveCsv },
    responses: {
      200: { description: "Dry run: what an import would do", schema: ImportReport },
      201: { description: "Imported", schema: ImportReport },
      409: { description: "An inventory code of the file was added to the register meanwhile" },
      412: { description: "A premises being updated (mode add-and-update) was changed by someone else meanwhile; nothing was written" },
      413: { description: "The file is larger than 64 MB" },
      415: { description: "The body is not a CSV file" },
      422: { description: "Not imported: the file has bad rows (listed in errors), a line too long, or is not UTF-8/Windows-1250 text", schema: ImportProblem },
      503: { description: "Other imports are running; see Retry-After" },
    },
  }, async ({ query, actor }, req, res) => {
    if (!Buffer.isBuffer(req.body)) {
      throw AppError.unsupportedMediaType("Wyślij plik CSV jako treść żądania z nagłówkiem Content-Type: text/csv.");
    }
    // In a worker thread: a large file must not stop the API while it is read, checked and written.
    const report = await runImport(req.body, { dryRun: query.dryRun, mode: query.mode, actor, lang: requestLang(req), source: "api" });
    res.status(query.dryRun ? 200 : 201);
    return report;
  });
}
