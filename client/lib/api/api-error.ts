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
    return new ApiError(status, t("errors.title"), t("errors.server", { status }), [], body);
  }

  static network(): ApiError {
    return new ApiError(0, t("errors.title"), t("errors.network"));
  }

  static unexpected(status: number): ApiError {
    return new ApiError(status, t("errors.title"), t("errors.unexpected"));
  }
}
