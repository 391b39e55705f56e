import { t } from "@client/lib/i18n/index.ts";

export function LoadingState() {
  return <p className="loading" aria-busy="true">{t("app.loading")}</p>;
}
