import { t } from "@client/lib/i18n/index.ts";

export function LoadingState({ label = t("app.loading") }: { label?: string }) {
  return <p className="loading" aria-busy="true">{label}</p>;
}
