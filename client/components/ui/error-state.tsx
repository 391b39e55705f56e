import type { ApiError } from "@client/lib/api/api-error.ts";
import { t } from "@client/lib/i18n/index.ts";

interface ErrorStateProps {
  error: ApiError;
  onRetry: () => void;
  /** What failed, in the user's words; the server's explanation follows. */
  title?: string;
  compact?: boolean;
}

/** No connection, a server error, a busy server: worth another try. A refusal (400, 403, 404, 409…) is not. */
const retryable = (error: ApiError) => error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429;

export function ErrorState({ error, onRetry, title = t("errors.title"), compact = false }: ErrorStateProps) {
  return (
    <div className={compact ? "notice notice--error notice--compact" : "notice notice--error"} role="alert">
      <p className="notice__title">{title}</p>
      <p>{error.userMessage}</p>
      {retryable(error) && <button type="button" className="button" onClick={onRetry}>{t("errors.retry")}</button>}
    </div>
  );
}
