import { useParams } from "react-router";
import { PremisesDetail as PremisesDetailSchema } from "@shared/contracts/premises.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { NotFoundMessage } from "@client/components/ui/not-found-message.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { PremisesDetail, type PremisesDetailSlots } from "./premises-detail.tsx";
import "./detail.css";

/** /premises/:id. A malformed id is answered like an unknown one: there is no such premises. */
export function PremisesDetailPage(slots: PremisesDetailSlots) {
  const { id = "" } = useParams();
  const { data, error, refetch } = useApiQuery(`/api/premises/${encodeURIComponent(id)}`, PremisesDetailSchema);

  if (error && (error.status === 404 || error.status === 400)) {
    return <NotFoundMessage title={t("notFound.premisesTitle")} body={t("notFound.premisesBody")} />;
  }
  if (error) return <div className="page page--narrow"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  // The previous premises stays in `data` until this one arrives.
  if (!data || data.id !== id) return <LoadingState />;
  return <PremisesDetail premises={data} {...slots} />;
}
