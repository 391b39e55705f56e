import type { ReactNode } from "react";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { useApi } from "@client/lib/api/use-api.ts";
import { ClientConfig, ConfigContext } from "@client/lib/config/client-config.ts";

/** Loads the run-time settings (tile server, districts) once; the pages below can rely on them. */
export function ConfigProvider({ children }: { children: ReactNode }) {
  const { data, error, retry } = useApi("/api/config", ClientConfig);
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (!data) return <LoadingState />;
  return <ConfigContext value={data}>{children}</ConfigContext>;
}
