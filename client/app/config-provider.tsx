import type { ReactNode } from "react";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { ClientConfig, CONFIG_URL, ConfigContext } from "@client/lib/config/client-config.ts";

/** The run-time settings (tile server, districts), loaded once; the pages below can rely on them. */
export function ConfigProvider({ children }: { children: ReactNode }) {
  const { data, error, refetch } = useApiQuery(CONFIG_URL, ClientConfig, { staleTime: Infinity });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  return <ConfigContext value={data}>{children}</ConfigContext>;
}
