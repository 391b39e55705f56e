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
const CSV_TYPES = ["text/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream"];
const raw = express.raw({ type: CSV_TYPES, limit: IMPORT_LIMIT_BYTES });

const tooLarge = () => new AppError(413, "import-too-large", "Plik jest za duży",
  "Plik może mieć najwyżej 64 MB. Podziel go na części albo użyj importu z wiersza poleceń (npm run premises:import).");
const cutShort = () => AppError.validation([{ field: "file", code: "file.malformed" }]);

/**
 * The CSV file as the request body. With its length declared (as browsers and curl send a file), it
 * is read straight into one buffer of that length, the buffer the import's worker thread then takes
 * over: no list of chunks kept until the end and joined into a second copy (40 MB of the main
 * thread's memory for a 100,000-row file, held until a full garbage collection). Otherwise (chunked,
 * compressed) Express's reader.
 */
export const receiveCsv: RequestHandler = (req, res, next) => {
  const declared = Number(req.headers["content-length"]);
  if (!req.is(CSV_TYPES) || req.headers["content-encoding"] || !Number.isSafeInteger(declared) || declared <= 0) {
    raw(req, res, (error: unknown) => next((error as { type?: string } | undefined)?.type === "entity.too.large" ? tooLarge() : error));
    return;
  }
  if (declared > IMPORT_LIMIT_BYTES) {
    next(tooLarge());
    return;
  }
  const body = Buffer.allocUnsafeSlow(declared);
  let received = 0;
  let done = false;
  const finish = (error?: AppError) => {
    if (done) return;
    done = true;
    req.off("data", onData);
    if (error) {
      // The rest of the body is not read: the answer goes out and the connection closes.
      res.set("Connection", "close");
      next(error);
      return;
    }
    req.body = body;
    next();
  };
  const onData = (chunk: Buffer) => {
    if (received + chunk.length > declared) return finish(cutShort());
    chunk.copy(body, received);
    received += chunk.length;
  };
  req.on("data", onData);
  req.once("end", () => finish(received === declared ? undefined : cutShort()));
  req.once("error", () => finish(cutShort()));
  // A client gone before the whole body came: nothing more will.
  req.once("close", () => finish(cutShort()));
};
