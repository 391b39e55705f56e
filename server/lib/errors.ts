import type { Lang } from "@shared/i18n/validation.ts";

/** The one error type of the API: thrown anywhere, turned into a problem document by one middleware. */
export interface FieldError {
  field: string;
  /** A key of the validation message table (shared/i18n) or a zod issue code. */
  code: string;
  /** The message when the table's text for the code is not enough (e.g. a password estimator's advice). */
  message?: Readonly<Record<Lang, string>>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly fieldErrors: FieldError[] = [],
    /** Extension members of the problem document (RFC 9457 §3.2), such as an import's report with line numbers. */
    readonly members: Readonly<Record<string, unknown>> = {},
    /** Response headers that go with the problem, such as Retry-After. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail ?? title);
  }

  static validation(fieldErrors: FieldError[]): AppError {
    return new AppError(400, "validation", "Nieprawidłowe dane", undefined, fieldErrors);
  }
  static notFound(detail?: string): AppError {
    return new AppError(404, "not-found", "Nie znaleziono", detail);
  }
  static conflict(detail: string, code = "conflict"): AppError {
    return new AppError(409, code, "Konflikt", detail);
  }
  static unauthorized(detail = "Zaloguj się, aby kontynuować."): AppError {
    return new AppError(401, "unauthorized", "Wymagane logowanie", detail);
  }
  static forbidden(detail = "Nie masz uprawnień do tej operacji."): AppError {
    return new AppError(403, "forbidden", "Brak uprawnień", detail);
  }
  static unsupportedMediaType(detail: string): AppError {
    return new AppError(415, "unsupported-media-type", "Nieobsługiwany format", detail);
  }
  /** 503: the server is busy with this kind of work; the client may try again after `retryAfterSeconds`. */
  static unavailable(detail: string, retryAfterSeconds: number): AppError {
    return new AppError(503, "busy", "Serwer jest zajęty", detail, [], {}, { "Retry-After": String(retryAfterSeconds) });
  }
  static unprocessable(detail: string, code = "unprocessable", fieldErrors: FieldError[] = []): AppError {
    return new AppError(422, code, "Nie można wykonać operacji", detail, fieldErrors);
  }
}
