import { useState } from "react";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { request } from "@client/lib/api/request.ts";
import { t } from "@client/lib/i18n/index.ts";

/** Why an application cannot be submitted yet, and the link sent again. */
export function UnconfirmedEmailNotice({ email }: { email: string }) {
  const [status, setStatus] = useState("");
  const resend = useApiMutation(() => request("/api/auth/confirm-email/resend", { method: "POST" }), []);
  const send = async () => {
    try {
      await resend.mutateAsync();
      setStatus(t("accountLifecycle.resent", { email }));
    } catch (error) {
      setStatus(error instanceof ApiError ? error.userMessage : t("account.failed"));
    }
  };
  return (
    <section className="notice" aria-labelledby="unconfirmed-title">
      <h2 id="unconfirmed-title" className="notice__title">{t("accountLifecycle.unconfirmedTitle")}</h2>
      <p>{t("accountLifecycle.unconfirmed", { email })}</p>
      <p className="notice__actions">
        <button type="button" className="button" disabled={resend.isPending} onClick={() => void send()}>{t("accountLifecycle.resend")}</button>
      </p>
      <p role="status">{status}</p>
    </section>
  );
}
