import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import { validationMessage, type Lang } from "@shared/i18n/validation.ts";
import { AppError } from "./errors.ts";

const PROBLEM_TYPE_BASE = "https://social-premises.krakow.example/problems/";

export function requestLang(req: Request): Lang {
  return /^en\b/i.test(req.get("accept-language") ?? "") ? "en" : "pl";
}

function send(req: Request, res: Parameters<ErrorRequestHandler>[2], error: AppError): void {
  const lang = requestLang(req);
  const errors = error.fieldErrors.map((e) => ({
    field: e.field,
    code: e.code,
    message: e.message?.[lang] ?? validationMessage(e.code, lang),
  }));
  const detail = error.detail ?? (errors.length
    ? errors.map((e) => `${e.field}: ${e.message}`).join(" ")
    : undefined);
  res.set(error.headers);
  res.status(error.status).type("application/problem+json").json({
    type: PROBLEM_TYPE_BASE + error.code,
    title: error.title,
    status: error.status,
    ...(detail ? { detail } : {}),
    instance: req.originalUrl,
    ...(errors.length ? { errors } : {}),
    ...error.members,
  });
}

export const notFoundApi: RequestHandler = (req) => {
  throw AppError.notFound(`Nie ma takiego adresu API: ${req.method} ${req.path}`);
};

export function problemHandler(log: (message: string, error: unknown) => void): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof AppError) return send(req, res, error);
    const { status = 500, message } = (error ?? {}) as { status?: unknown; message?: unknown };
    if (typeof status === "number" && status >= 400 && status < 500) {
      // body-parser and friends: malformed JSON, too large a body, unsupported charset.
      return send(req, res, new AppError(status, "bad-request", "Nieprawidłowe żądanie", typeof message === "string" ? message : undefined));
    }
    log(`Unhandled error on ${req.method} ${req.originalUrl}`, error);
    send(req, res, new AppError(500, "internal", "Błąd serwera", "Wystąpił nieoczekiwany błąd. Spróbuj ponownie później."));
  };
}
