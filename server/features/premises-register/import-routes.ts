import { ImportQuery, ImportReport } from "@shared/contracts/premises-register.ts";
import { actorOf } from "@server/lib/auth/actor.ts";
import { authorize } from "@server/lib/authorization.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { requestLang } from "@server/lib/problem.ts";
import type { ApiRouter } from "@server/lib/route.ts";
import { importPremisesCsv, ImportRefused } from "./importer.ts";
import { allowOnly, receiveCsv } from "./receive.ts";

const PATH = "/premises/import";

export function importRoutes(api: ApiRouter, ctx: AppContext): void {
  api.router.post(PATH, allowOnly("premises:import"), receiveCsv);
  api.route({
    method: "post", path: PATH, tags: ["premises register"], security: "session",
    summary: "Import premises from a CSV file sent as the request body (Content-Type: text/csv, at most 25 MB). "
      + "dryRun=true (the default) only lists every bad row; dryRun=false imports all rows in one transaction, or none when any row is bad (422 with the same list)",
    query: ImportQuery,
    responses: {
      200: { description: "Dry run: what an import would do", schema: ImportReport },
      201: { description: "Imported", schema: ImportReport },
      413: { description: "The file is larger than 25 MB" },
      422: { description: "Not imported: the file has bad rows (listed in errors) or is not UTF-8/Windows-1250 text" },
    },
  }, async ({ query }, req, res) => {
    const actor = actorOf(req);
    authorize(actor, "premises:import");
    if (!Buffer.isBuffer(req.body)) {
      throw new AppError(415, "unsupported-media-type", "Nieobsługiwany format", "Wyślij plik CSV jako treść żądania z nagłówkiem Content-Type: text/csv.");
    }
    const lang = requestLang(req);
    try {
      const report = await importPremisesCsv(ctx.db, req.body, { dryRun: query.dryRun, actor, lang, source: "api" });
      res.status(query.dryRun ? 200 : 201);
      return report;
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      // A problem document whose errors carry line numbers, which the shared error shape has no room for.
      res.status(422).type("application/problem+json").json({
        type: "https://social-premises.krakow.example/problems/import-invalid",
        title: "Nie zaimportowano",
        status: 422,
        detail: lang === "en"
          ? `Nothing was imported: ${error.report.errorCount} errors in the file. Correct them and send the file again.`
          : `Nic nie zaimportowano: plik zawiera błędy (${error.report.errorCount}). Popraw je i wyślij plik ponownie.`,
        instance: req.originalUrl,
        ...error.report,
      });
    }
  });
}
