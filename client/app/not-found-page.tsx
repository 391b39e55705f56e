import { NotFoundMessage } from "@client/components/ui/not-found-message.tsx";
import { t } from "@client/lib/i18n/index.ts";

export function NotFoundPage() {
  return <NotFoundMessage title={t("notFound.pageTitle")} body={t("notFound.pageBody")} />;
}
