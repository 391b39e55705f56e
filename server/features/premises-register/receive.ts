import express, { type RequestHandler } from "express";
import multer from "multer";
import { FILE_LIMITS } from "@shared/contracts/premises-register.ts";
import { AppError } from "@server/lib/errors.ts";

// Both readers are declared on their routes (`receive`), so they run only after the caller is
// authorized: nobody but staff makes the server buffer 20 MB.

// Browsers send a file name in UTF-8 without saying so; busboy's default would read it as Latin-1.
const multipart = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: FILE_LIMITS.plan.maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 8 },
}).single("file");

/** One file in the multipart field "file", held in memory; multer's errors become problems. */
export const receiveFile: RequestHandler = (req, res, next) => {
  multipart(req, res, (error: unknown) => {
    if (!error) return next();
    if (!(error instanceof multer.MulterError)) return next(error);
    if (error.code === "LIMIT_FILE_SIZE") return next(tooBig("plan"));
    next(AppError.validation([{ field: "file", code: "file.required" }]));
  });
};

export function tooBig(kind: "photo" | "plan"): AppError {
  return new AppError(413, "file-too-big", "Plik jest za duży", undefined, [{ field: "file", code: `file.tooBig.${kind}` }]);
}

export const IMPORT_LIMIT_BYTES = 25 * 1024 * 1024;
const raw = express.raw({ type: ["text/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream"], limit: IMPORT_LIMIT_BYTES });

/** The CSV file as the request body. */
export const receiveCsv: RequestHandler = (req, res, next) => {
  raw(req, res, (error: unknown) => {
    if ((error as { type?: string } | undefined)?.type === "entity.too.large") {
      return next(new AppError(413, "import-too-large", "Plik jest za duży",
        "Plik może mieć najwyżej 25 MB. Podziel go na części albo użyj importu z wiersza poleceń (npm run premises:import)."));
    }
    next(error);
  });
};
