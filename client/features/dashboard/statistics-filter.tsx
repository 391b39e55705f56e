import { useState, type FormEvent } from "react";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { useConfig } from "@client/lib/config/client-config.ts";
import { t } from "@client/lib/i18n/index.ts";

export interface Filter {
  district: string;
  from: string;
  to: string;
}

export const NO_FILTER: Filter = { district: "", from: "", to: "" };

/** The query of a filter ("district=…&from=…"), empty when nothing is chosen. */
export function filterQuery(filter: Filter): string {
  return new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== "")).toString();
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** For officers and admins: the figures of one district and a period, applied on submit, with their CSV. */
export function StatisticsFilter({ applied, onApply }: { applied: Filter; onApply: (filter: Filter) => void }) {
  const { districts } = useConfig();
  const [draft, setDraft] = useState(applied);
  const datesValid = (draft.from === "" || DATE.test(draft.from)) && (draft.to === "" || DATE.test(draft.to))
    && (draft.from === "" || draft.to === "" || draft.from <= draft.to);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (datesValid) onApply(draft);
  };
  const query = filterQuery(applied);
  return (
    <section className="dashboard-section" aria-labelledby="statistics-filter-heading">
      <h2 id="statistics-filter-heading">{t("dashboard.filter.title")}</h2>
      <form className="dashboard-period" onSubmit={submit} noValidate>
        <SelectField id="statistics-district" label={t("dashboard.filter.district")} value={draft.district}
          onChange={(e) => setDraft({ ...draft, district: e.target.value })}
          options={[{ value: "", label: t("dashboard.filter.wholeCity") }, ...districts.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))]} />
        <TextField id="statistics-from" type="date" label={t("dashboard.filter.from")} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField id="statistics-to" type="date" label={t("dashboard.filter.to")} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          error={datesValid ? undefined : t("dashboard.filter.invalid")} />
        <p><button type="submit" className="button">{t("dashboard.filter.apply")}</button></p>
      </form>
      <p>
        <a href={query ? `/api/statistics/filtered.csv?${query}` : "/api/statistics/filtered.csv"} download>{t("dashboard.filter.downloadCsv")}</a>
      </p>
    </section>
  );
}
