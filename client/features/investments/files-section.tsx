import { useRef, useState } from "react";
import { INVESTMENT_FILE_LIMITS, type Investment, type InvestmentFileKind } from "@shared/contracts/investments.ts";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { INVESTMENT_RESOURCES, uploadInvestmentFile } from "./requests.ts";

/**
 * "Zdjęcia i skany": the photos of the works and the scans (invoices, protocols) the tenant added; the
 * tenant adds more between the consent and the acceptance. The files open with the session's cookie.
 */
export function InvestmentFiles({ investment, canUpload }: { investment: Investment; canUpload: boolean }) {
  const photos = investment.files.filter((f) => f.kind === "photo");
  const scans = investment.files.filter((f) => f.kind === "scan");
  if (!canUpload && investment.files.length === 0) return null;
  return (
    <section className="investment-section" aria-labelledby="investment-files-heading">
      <h2 id="investment-files-heading">{t("investments.files.heading")}</h2>
      {investment.files.length === 0 && <p>{t("investments.files.none")}</p>}
      {photos.length > 0 && (
        <ul className="investment-files__photos">
          {photos.map((f) => <li key={f.id}><a href={f.url}><img src={f.url} alt={t("investments.files.photoAlt", { name: f.originalName })} loading="lazy" /></a></li>)}
        </ul>
      )}
      {scans.length > 0 && (
        <ul>
          {scans.map((f) => <li key={f.id}><a href={f.url}>{t("investments.files.open", { name: f.originalName })}</a></li>)}
        </ul>
      )}
      {canUpload && <UploadForm investmentId={investment.id} />}
    </section>
  );
}

function UploadForm({ investmentId }: { investmentId: string }) {
  const upload = useApiMutation(({ kind, file }: { kind: InvestmentFileKind; file: File }) => uploadInvestmentFile(investmentId, kind, file), INVESTMENT_RESOURCES);
  const [kind, setKind] = useState<InvestmentFileKind>("photo");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = "investment-file-error";

  const onUpload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ text: t("investments.files.choose"), error: true });
    const limit = INVESTMENT_FILE_LIMITS[kind];
    if (file.size > limit.maxBytes) return setMessage({ text: t("investments.files.tooBig", { mb: limit.maxBytes / 1024 / 1024 }), error: true });
    try {
      const saved = await upload.mutateAsync({ kind, file });
      setMessage({ text: t("investments.files.uploaded", { name: saved.originalName }), error: false });
      if (input.current) input.current.value = "";
    } catch (e) {
      const apiError = e instanceof ApiError ? e : ApiError.unexpected(0);
      setMessage({ text: apiError.fieldErrors?.[0]?.message ?? apiError.userMessage, error: true });
    }
  };

  return (
    <div className="investment-files__upload">
      <p className="field__hint">{t("investments.files.intro")}</p>
      <SelectField id="investment-file-kind" label={t("investments.files.kind")} value={kind} onChange={(e) => setKind(e.target.value as InvestmentFileKind)}
        options={[{ value: "photo", label: t("investments.files.photo") }, { value: "scan", label: t("investments.files.scan") }]} />
      <div className="field">
        <label className="field__label" htmlFor="investment-file">{t("investments.files.file")}</label>
        <input id="investment-file" ref={input} type="file" className="field__input" accept={INVESTMENT_FILE_LIMITS[kind].accept.join(",")}
          aria-invalid={message?.error ? true : undefined} aria-describedby={message?.error ? errorId : undefined} />
      </div>
      <button type="button" className="button button--secondary" disabled={upload.isPending} onClick={() => void onUpload()}>
        {upload.isPending ? t("investments.files.uploading") : t("investments.files.upload")}
      </button>
      <p role="status" id={errorId} className={message?.error ? "field__error" : undefined}>{message?.text ?? ""}</p>
    </div>
  );
}
