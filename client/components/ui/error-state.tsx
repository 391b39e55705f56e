import type { ApiError } from "@client/lib/api/api-error.ts";
import { t } from "@client/lib/i18n/index.ts";

interface ErrorStateProps {
  error: ApiError;
  onRetry: () => void;
  /** What failed, in the user's words; the server's explanation follows. */
  title?: string;
  compact?: boolean;
}

export function ErrorState({ error, onRetry, title = t("errors.title"), compact = false }: ErrorStateProps) {
  return (
    <div className={compact ? "notice notice--error notice--compact" : "notice notice--error"} role="alert">
      <p className="notice__title">{title}</p>
      <p>{error.userMessage}</p>
      <button type="button" className="button" onClick={onRetry}>{t("errors.retry")}</button>
    </div>
  );
}
