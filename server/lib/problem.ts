import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import { validationMessage, type Lang } from "@shared/i18n/validation.ts";
import { AppError } from "./errors.ts";
import { problemText } from "./problem-texts.ts";

const PROBLEM_TYPE_BASE = "https://social-premises.krakow.example/problems/";

/**
 * The language of the answer: the first of Polish and English in the request's Accept-Language by its
 * weights ("en-GB,en;q=0.9,pl;q=0.8" is English), Polish when it names neither.
 */
export function requestLang(req: Request): Lang {
  const ranked = (req.get("accept-language") ?? "").split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => (r.primary === "pl" || r.primary === "en") && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.primary === "en" ? "en" : "pl";
}

function send(req: Request, res: Parameters<ErrorRequestHandler>[2], error: AppError): void {
  const lang = requestLang(req);
  const errors = error.fieldErrors.map((e) => ({
    field: e.field,
    code: e.code,
    message: e.message?.[lang] ?? validationMessage(e.code, lang),
  }));
  const detail = error.detail !== undefined ? problemText(error.detail, lang) : (errors.length
    ? errors.map((e) => `${e.field}: ${e.message}`).join(" ")
    : undefined);
  res.set(error.headers).set("Content-Language", lang).vary("Accept-Language");
  res.status(error.status).type("application/problem+json").json({
    type: PROBLEM_TYPE_BASE + error.code,
    title: problemText(error.title, lang),
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
