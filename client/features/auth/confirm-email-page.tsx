import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { request } from "@client/lib/api/request.ts";
import { t } from "@client/lib/i18n/index.ts";
import { useSession } from "@client/lib/session/session.tsx";
import "./auth.css";

/** One request per token, even when the effect runs twice (React's strict mode): a second would find the link used. */
const confirmations = new Map<string, Promise<unknown>>();
function confirm(token: string): Promise<unknown> {
  let sent = confirmations.get(token);
  if (!sent) {
    sent = request("/api/auth/confirm-email", { method: "POST", json: { token } });
    confirmations.set(token, sent);
  }
  return sent;
}

type State = { kind: "working" } | { kind: "done" } | { kind: "failed"; message: string };

/** "/confirm-email?token=…": the page the confirmation mail links to; it confirms at once (a mail scanner runs no script). */
export function ConfirmEmailPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const { refresh } = useSession();
  const [state, setState] = useState<State>({ kind: "working" });

  useEffect(() => {
    let current = true;
    confirm(token).then(
      () => { if (current) { setState({ kind: "done" }); void refresh(); } },
      (error: unknown) => {
        if (current) setState({ kind: "failed", message: error instanceof ApiError ? error.userMessage : t("accountLifecycle.missingToken") });
      },
    );
    return () => { current = false; };
  }, [token, refresh]);

  return (
    <div className="page page--narrow">
      <PageHeading title={t("accountLifecycle.confirmTitle")} />
      <div role="status">
        {state.kind === "working" && <p>{t("accountLifecycle.confirming")}</p>}
        {state.kind === "done" && <p className="notice">{t("accountLifecycle.confirmed")}</p>}
      </div>
      {state.kind === "failed" && (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t("accountLifecycle.confirmFailed")}</p>
          <p>{state.message}</p>
          <p>{t("accountLifecycle.confirmFailedHelp")} <Link to="/account">{t("accountLifecycle.myAccountTitle")}</Link></p>
        </div>
      )}
    </div>
  );
}
