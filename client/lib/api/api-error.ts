import { Problem } from "@shared/contracts/common.ts";
import { t } from "@client/lib/i18n/index.ts";

/** A failed API call, carrying the server's problem document when there was one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly fieldErrors: Problem["errors"] = [],
    /** The answer as the server sent it (a refused import carries its report). */
    readonly body: unknown = undefined,
  ) {
    super(detail ?? title);
  }

  /** The words to show a user: the server's explanation first. */
  get userMessage(): string {
    return this.detail ?? this.title;
  }

  static fromResponse(status: number, body: unknown): ApiError {
    const problem = Problem.safeParse(body);
    if (problem.success) return new ApiError(status, problem.data.title, problem.data.detail, problem.data.errors, body);
    // A gateway's answer while the app is down or restarting, not the app's own problem document.
    const unavailable = status === 502 || status === 503 || status === 504;
    return new ApiError(status, t("errors.title"), t(unavailable ? "errors.unavailable" : "errors.server", { status }), [], body);
  }

  /** No answer at all: the browser knows whether it is offline; otherwise the server is what did not answer. */
  static network(): ApiError {
    return new ApiError(0, t("errors.title"), t(navigator.onLine ? "errors.network" : "errors.offline"));
  }

  static unexpected(status: number): ApiError {
    return new ApiError(status, t("errors.title"), t("errors.unexpected"));
  }
}
