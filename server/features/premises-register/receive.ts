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

/**
 * One file in the multipart field "file", held in memory. Every error of reading it is the sender's:
 * multer's limits, and busboy's (no boundary, a body cut short, a malformed part header) are 400s,
 * and so is a file name with control characters (a NUL byte) that no file system or header takes.
 */
export const receiveFile: RequestHandler = (req, res, next) => {
  multipart(req, res, (error: unknown) => {
    if (error instanceof AppError) return next(error);
    if (error instanceof multer.MulterError) {
      return next(error.code === "LIMIT_FILE_SIZE" ? tooBig("plan") : AppError.validation([{ field: "file", code: "file.required" }]));
    }
    if (error) return next(AppError.validation([{ field: "file", code: "file.malformed" }]));
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (req.file && /[\u0000-\u001f\u007f]/.test(req.file.originalname)) {
      return next(AppError.validation([{ field: "file", code: "file.name" }]));
    }
    next();
  });
};

export function tooBig(kind: "photo" | "plan"): AppError {
  return new AppError(413, "file-too-big", "Plik jest za duży", undefined, [{ field: "file", code: `file.tooBig.${kind}` }]);
}

export const IMPORT_LIMIT_BYTES = 64 * 1024 * 1024;
const raw = express.raw({ type: ["text/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream"], limit: IMPORT_LIMIT_BYTES });

/** The CSV file as the request body. */
export const receiveCsv: RequestHandler = (req, res, next) => {
  raw(req, res, (error: unknown) => {
    if ((error as { type?: string } | undefined)?.type === "entity.too.large") {
      return next(new AppError(413, "import-too-large", "Plik jest za duży",
        "Plik może mieć najwyżej 64 MB. Podziel go na części albo użyj importu z wiersza poleceń (npm run premises:import)."));
    }
    next(error);
  });
};
