import { useRef, useState } from "react";
import { FILE_LIMITS, PremisesFileList, type FileKind, type PremisesFileInfo } from "@shared/contracts/premises-register.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation, useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { deleteFile, REGISTER_RESOURCES, uploadFile } from "./requests.ts";

/** Photos and floor plans of a saved premises: previews, upload, delete. */
export function FilesSection({ premisesId }: { premisesId: string }) {
  const { data, error, refetch } = useApiQuery(`/api/premises/${premisesId}/files`, PremisesFileList);
  const upload = useApiMutation(({ kind, file, alt }: { kind: FileKind; file: File; alt: string }) => uploadFile(premisesId, kind, file, alt), REGISTER_RESOURCES);
  const remove = useApiMutation((file: PremisesFileInfo) => deleteFile(file.id), REGISTER_RESOURCES);
  const [kind, setKind] = useState<FileKind>("photo");
  const [alt, setAlt] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const onUpload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ text: t("premisesRegister.files.choose"), error: true });
    const limit = FILE_LIMITS[kind];
    if (file.size > limit.maxBytes) {
      return setMessage({ text: t("premisesRegister.files.tooBig", { kind: t(`premisesRegister.files.${kind}`), mb: limit.maxBytes / 1024 / 1024 }), error: true });
    }
    try {
      const saved = await upload.mutateAsync({ kind, file, alt });
      setMessage({ text: t("premisesRegister.files.uploaded", { name: saved.originalName }), error: false });
      if (input.current) input.current.value = "";
      setAlt("");
    } catch (e) {
      const apiError = e instanceof ApiError ? e : ApiError.unexpected(0);
      setMessage({ text: apiError.fieldErrors?.[0]?.message ?? apiError.userMessage, error: true });
    }
  };

  const onDelete = async (file: PremisesFileInfo) => {
    try {
      await remove.mutateAsync(file);
      setMessage({ text: t("premisesRegister.files.deleted", { name: file.originalName }), error: false });
    } catch (e) {
      setMessage({ text: e instanceof ApiError ? e.userMessage : String(e), error: true });
    }
  };

  const photos = data?.items.filter((f) => f.kind === "photo") ?? [];
  const plans = data?.items.filter((f) => f.kind === "plan") ?? [];

  return (
    <div className="register-files">
      <p className="field__hint">{t("premisesRegister.files.intro")}</p>
      {error && <ErrorState error={error} onRetry={() => void refetch()} compact />}
      {!data && !error && <LoadingState />}
      {data && data.items.length === 0 && <p>{t("premisesRegister.files.none")}</p>}
      {photos.length > 0 && (
        <>
          <h3>{t("premisesRegister.files.photos")}</h3>
          <ul className="register-files__photos">
            {photos.map((f) => (
              <li key={f.id}>
                <img src={f.url} alt={f.alt || f.originalName} loading="lazy" />
                <button type="button" className="button button--secondary" aria-label={t("premisesRegister.files.deleteLabel", { name: f.originalName })} onClick={() => void onDelete(f)}>
                  {t("premisesRegister.files.delete")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {plans.length > 0 && (
        <>
          <h3>{t("premisesRegister.files.plans")}</h3>
          <ul className="register-files__plans">
            {plans.map((f) => (
              <li key={f.id}>
                <a href={f.url}>{t("premisesRegister.files.open", { name: f.originalName })}</a>{" "}
                <button type="button" className="button button--secondary" aria-label={t("premisesRegister.files.deleteLabel", { name: f.originalName })} onClick={() => void onDelete(f)}>
                  {t("premisesRegister.files.delete")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="register-files__upload">
        <SelectField id="file-kind" label={t("premisesRegister.files.kind")} value={kind} onChange={(e) => setKind(e.target.value as FileKind)}
          options={[{ value: "photo", label: t("premisesRegister.files.photo") }, { value: "plan", label: t("premisesRegister.files.plan") }]} />
        <div className="field">
          <label className="field__label" htmlFor="file-input">{t("premisesRegister.files.file")}</label>
          <input id="file-input" ref={input} type="file" className="field__input" accept={FILE_LIMITS[kind].accept.join(",")} />
        </div>
        <TextField id="file-alt" label={t("premisesRegister.files.alt")} hint={t("premisesRegister.files.altHint")} value={alt} maxLength={300} onChange={(e) => setAlt(e.target.value)} />
        <button type="button" className="button" disabled={upload.isPending} onClick={() => void onUpload()}>
          {upload.isPending ? t("premisesRegister.files.uploading") : t("premisesRegister.files.upload")}
        </button>
      </div>
      <p role="status" className={message?.error ? "field__error" : undefined}>{message?.text ?? ""}</p>
    </div>
  );
}
