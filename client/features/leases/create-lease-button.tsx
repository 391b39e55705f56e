import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { LEASE_RESOURCES, changeLease } from "./requests.ts";

/** "Utwórz umowę" on an approved application: POST /api/leases { applicationId }, then the new draft lease. */
export function CreateLeaseButton({ applicationId }: { applicationId: string }) {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const create = useApiMutation(() => changeLease("/api/leases", { applicationId }), LEASE_RESOURCES);
  const submit = async () => {
    setFailure(null);
    try {
      const lease = await create.mutateAsync(undefined);
      void navigate(`/leases/${lease.id}`);
    } catch (error) {
      setFailure(t("leases.create.failed", { detail: error instanceof ApiError ? error.userMessage : String(error) }));
    }
  };
  return (
    <div className="lease-create">
      {failure && <p className="notice notice--error" role="alert">{failure}</p>}
      <button type="button" className="button" disabled={create.isPending} onClick={() => void submit()}>{t("leases.create.submit")}</button>
    </div>
  );
}
