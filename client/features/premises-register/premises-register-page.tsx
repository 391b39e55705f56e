import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { PremisesPage, STATUSES, type PremisesSummary } from "@shared/contracts/premises.ts";
import { formatArea } from "@shared/domain/money.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LevelLabel } from "@client/components/ui/level-label.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { useConfig, useDistrictName } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";
import { formatAddress, rentLabel } from "@client/lib/premises-format.ts";
import { StaffPage } from "./staff-page.tsx";
import { WithdrawForm } from "./withdraw-form.tsx";

const PAGE_SIZE = 50;

/** "/premises-register": every premises whatever its status, with search, edit, withdraw and exports. */
export function PremisesRegisterPage() {
  return (
    <StaffPage>
      <Register />
    </StaffPage>
  );
}

function listUrl(params: URLSearchParams): string {
  const query = new URLSearchParams({ sort: "code", pageSize: String(PAGE_SIZE), page: params.get("page") ?? "1" });
  query.set("status", params.get("status") || STATUSES.join(","));
  for (const key of ["district", "q"]) if (params.get(key)) query.set(key, params.get(key)!);
  return `/api/premises?${query.toString()}`;
}

function Register() {
  const [params, setParams] = useSearchParams();
  const { data, error, isFetching, refetch } = useApiQuery(listUrl(params), PremisesPage);
  const retry = () => void refetch();
  const [withdrawing, setWithdrawing] = useState<PremisesSummary | null>(null);
  const [notice, setNotice] = useState("");
  const { districts } = useConfig();
  const districtName = useDistrictName();

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ["q", "status", "district"]) {
      const value = form.get(key);
      if (typeof value === "string" && value) next.set(key, value);
    }
    setParams(next);
  };
  const goTo = (page: number) => setParams((p) => { p.set("page", String(page)); return p; });

  return (
    <div className="page register-page">
      <PageHeading title={t("premisesRegister.title")} />
      <p>{t("premisesRegister.intro")}</p>
      <p className="register-page__actions">
        <Link className="button" to="/premises-register/new">{t("premisesRegister.add")}</Link>
        <Link className="button button--secondary" to="/premises-register/import">{t("premisesRegister.import")}</Link>
        <a className="button button--secondary" href="/api/premises/export.csv" download>{t("premisesRegister.exportCsv")}</a>
        <a className="button button--secondary" href="/api/premises/export.geojson" download>{t("premisesRegister.exportGeoJson")}</a>
      </p>
      <form className="register-page__filters" role="search" aria-label={t("premisesRegister.filters")} onSubmit={onFilter}>
        <TextField id="register-q" name="q" label={t("premisesRegister.q")} hint={t("premisesRegister.qHint")} defaultValue={params.get("q") ?? ""} />
        <SelectField id="register-status" name="status" label={t("premisesRegister.status")} defaultValue={params.get("status") ?? ""}
          options={[{ value: "", label: t("premisesRegister.anyStatus") }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
        <SelectField id="register-district" name="district" label={t("premisesRegister.district")} defaultValue={params.get("district") ?? ""}
          options={[{ value: "", label: t("premisesRegister.anyDistrict") }, ...districts.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))]} />
        <button type="submit" className="button">{t("premisesRegister.search")}</button>
      </form>
      <p role="status">{notice}</p>
      {withdrawing && (
        <WithdrawForm premises={withdrawing} onCancel={() => setWithdrawing(null)}
          onDone={() => { setNotice(t("premisesRegister.withdrawn", { code: withdrawing.inventoryCode })); setWithdrawing(null); }} />
      )}
      {error && <ErrorState error={error} onRetry={retry} />}
      {!data && isFetching && <LoadingState />}
      {data && data.items.length === 0 && <p>{t("premisesRegister.empty")}</p>}
      {data && data.items.length > 0 && (
        <div className="register-table__scroll">
          <table className="register-table">
            <caption>{t("premisesRegister.caption", { page: data.page.page, pages: data.page.pages, total: data.page.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("premises.code")}</th>
                <th scope="col">{t("premises.address")}</th>
                <th scope="col">{t("premises.district")}</th>
                <th scope="col">{t("premises.area")}</th>
                <th scope="col">{t("premises.rent")}</th>
                <th scope="col">{t("premises.status")}</th>
                <th scope="col">{t("premises.level")}</th>
                <th scope="col">{t("premisesRegister.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row"><Link to={`/premises-register/${p.id}`}>{p.inventoryCode}</Link></th>
                  <td>{formatAddress(p)}</td>
                  <td>{districtName(p.district)}</td>
                  <td>{formatArea(p.usableArea)}</td>
                  <td>{rentLabel(p.baseRent)}</td>
                  <td>{t(`status.${p.status}`)}</td>
                  <td><LevelLabel level={p.accessibilityLevel} /></td>
                  <td className="register-table__actions">
                    <Link to={`/premises-register/${p.id}`} aria-label={t("premisesRegister.editLabel", { code: p.inventoryCode })}>{t("premisesRegister.edit")}</Link>
                    {p.status !== "withdrawn" && (
                      <button type="button" className="button button--secondary" aria-label={t("premisesRegister.withdrawLabel", { code: p.inventoryCode })} onClick={() => setWithdrawing(p)}>
                        {t("premisesRegister.withdraw")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.page.pages > 1 && (
        <nav className="register-page__pages" aria-label={t("list.pagination")}>
          <button type="button" className="button button--secondary" disabled={data.page.page <= 1} onClick={() => goTo(data.page.page - 1)}>{t("list.previous")}</button>
          <span>{t("list.pageOf", { page: data.page.page, pages: data.page.pages })}</span>
          <button type="button" className="button button--secondary" disabled={data.page.page >= data.page.pages} onClick={() => goTo(data.page.page + 1)}>{t("list.next")}</button>
        </nav>
      )}
    </div>
  );
}
