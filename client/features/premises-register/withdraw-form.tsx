import { useEffect, useRef, useState, type FormEvent } from "react";
import type { PremisesSummary } from "@shared/contracts/premises.ts";
import { TextareaField } from "@client/components/ui/textarea-field.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { REGISTER_RESOURCES, withdrawPremises } from "./requests.ts";

interface WithdrawFormProps {
  premises: PremisesSummary;
  onCancel: () => void;
  onDone: () => void;
}

/** Asks for the reason, which the audit trail keeps, then withdraws the premises. */
export function WithdrawForm({ premises, onCancel, onDone }: WithdrawFormProps) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const withdraw = useApiMutation((text: string) => withdrawPremises(premises.id, text), REGISTER_RESOURCES);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await withdraw.mutateAsync(reason);
      onDone();
    } catch (e) {
      const apiError = e instanceof ApiError ? e : ApiError.unexpected(0);
      setError(apiError.fieldErrors?.[0]?.message ?? apiError.userMessage);
    }
  };

  return (
    <section className="register-withdraw notice" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading" ref={heading} tabIndex={-1}>{t("premisesRegister.withdrawTitle", { code: premises.inventoryCode })}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextareaField id="withdraw-reason" label={t("premisesRegister.withdrawReason")} hint={t("premisesRegister.withdrawReasonHint")}
          error={error} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        <button type="submit" className="button" disabled={withdraw.isPending}>{t("premisesRegister.withdrawConfirm")}</button>{" "}
        <button type="button" className="button button--secondary" onClick={onCancel}>{t("premisesRegister.cancel")}</button>
      </form>
    </section>
  );
}
