import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { PremisesDetail } from "@shared/contracts/premises.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { AuditHistory } from "@client/components/audit-history/index.ts";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { useDistrictName } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";
import { premisesFieldLabel, premisesValue } from "./audit-values.ts";
import { FilesSection } from "./files-section.tsx";
import { PremisesForm } from "./premises-form.tsx";
import { StaffPage } from "./staff-page.tsx";

const BACK = <p><Link to="/premises-register">{t("premisesRegister.back")}</Link></p>;

/** "/premises-register/new": an empty form; after saving, the page of the new premises. */
export function NewPremisesPage() {
  const navigate = useNavigate();
  return (
    <StaffPage>
      <div className="page register-page">
        {BACK}
        <PageHeading title={t("premisesRegister.newTitle")} />
        <PremisesForm onSaved={(saved) => void navigate(`/premises-register/${saved.id}`, { state: { created: saved.inventoryCode } })} />
        <p className="field__hint">{t("premisesRegister.files.afterSave")}</p>
      </div>
    </StaffPage>
  );
}

/** "/premises-register/:id": the form with the saved record, its photos and plans, and its history. */
export function EditPremisesPage() {
  return (
    <StaffPage>
      <EditPremises />
    </StaffPage>
  );
}

function EditPremises() {
  const { id = "" } = useParams();
  const created = (useLocation().state as { created?: string } | null)?.created;
  const { data, error, refetch } = useApiQuery(`/api/premises/${encodeURIComponent(id)}`, PremisesDetail);
  const [saved, setSaved] = useState<PremisesDetail | null>(null);
  const premises = saved ?? data;
  const districtName = useDistrictName();
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!premises) return <LoadingState />;
  const status = saved ? t("premisesRegister.saved", { code: saved.inventoryCode }) : created ? t("premisesRegister.created", { code: created }) : "";
  return (
    <div className="page register-page">
      {BACK}
      <PageHeading title={t("premisesRegister.editTitle", { code: premises.inventoryCode })} />
      <p role="status" className={status ? "notice notice--success" : undefined}>{status}</p>
      <p><Link to={`/premises/${premises.id}`}>{t("premisesRegister.viewPublic")}</Link></p>
      <PremisesForm key={premises.updatedAt} premises={premises} onSaved={setSaved} />
      <section className="register-form__section" aria-labelledby="files-heading">
        <h2 id="files-heading">{t("premisesRegister.sections.files")}</h2>
        <FilesSection premisesId={premises.id} />
      </section>
      <AuditHistory
        entity="premises" entityId={premises.id} version={premises.updatedAt}
        fieldLabel={premisesFieldLabel} formatValue={(field, value) => premisesValue(field, value, districtName)}
      />
    </div>
  );
}

