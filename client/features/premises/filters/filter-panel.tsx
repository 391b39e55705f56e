import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import type { PremisesFilter } from "@shared/contracts/premises.ts";
import { t, tn } from "@client/lib/i18n/index.ts";
import { useUrlParams } from "@client/lib/url-state/use-url-params.ts";
import {
  activeFilterCount, filterParams, NO_FILTERS, readFilters, withFilters, type FilterValues,
} from "@client/lib/url-state/filter-params.ts";
import { FilterFields } from "./filter-fields.tsx";
import { FilterForm } from "./filter-form-schema.ts";
import "./filters.css";

const TYPING_DELAY_MS = 500;
const keyOf = (values: FilterValues) => filterParams(values).toString();
// Read at the moment of applying: a debounced apply must not write back a URL that has moved on.
const currentUrlParams = () => new URLSearchParams(window.location.search);

/** The search form. Every change is applied to the URL (and so to the map and the list) at once. */
export function FilterPanel() {
  const [searchParams, setSearchParams] = useUrlParams();
  const fromUrl = readFilters(searchParams);
  const urlKey = keyOf(fromUrl);
  const form = useForm<FilterValues, unknown, PremisesFilter>({
    resolver: zodResolver(FilterForm),
    defaultValues: fromUrl,
    shouldFocusError: false,
  });
  const [open, setOpen] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const activeCount = activeFilterCount(searchParams);

  // The URL changed by itself (back, forward, a shared link, "clear"): the form shows what it says.
  useEffect(() => {
    if (keyOf(form.getValues()) !== urlKey) form.reset(readFilters(new URLSearchParams(urlKey)));
    void form.trigger();
  }, [form, urlKey]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const apply = (focusError: boolean) => form.handleSubmit(
    () => {
      const params = currentUrlParams();
      if (keyOf(form.getValues()) !== keyOf(readFilters(params))) setSearchParams(withFilters(params, form.getValues()));
    },
    (errors) => {
      const first = Object.keys(errors)[0] as keyof FilterValues | undefined;
      if (focusError && first) form.setFocus(first);
    },
  )();

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    window.clearTimeout(timer.current);
    const typing = event.target instanceof HTMLInputElement && (event.target.type === "text" || event.target.type === "search");
    timer.current = window.setTimeout(() => void apply(false), typing ? TYPING_DELAY_MS : 0);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    window.clearTimeout(timer.current);
    void apply(true);
  };

  const clear = () => {
    window.clearTimeout(timer.current);
    setSearchParams(withFilters(currentUrlParams(), NO_FILTERS));
  };

  return (
    <section className="filters" data-open={open}>
      <h2 id="filters-heading" className="filters__heading">
        {t("filters.heading")}
        {activeCount > 0 && <span className="filters__count"> ({tn("filters.active", activeCount)})</span>}
      </h2>
      <button type="button" className="button button--secondary filters__toggle" aria-expanded={open} aria-controls="filter-form" onClick={() => setOpen(!open)}>
        {open ? t("filters.hide") : t("filters.show")}
        {activeCount > 0 && ` (${tn("filters.active", activeCount)})`}
      </button>
      <form id="filter-form" className="filters__form" noValidate onChange={onChange} onSubmit={onSubmit} aria-labelledby="filters-heading">
        <p className="field__hint">{t("filters.autoApplyHint")}</p>
        <FilterFields register={form.register} errors={form.formState.errors} />
        <div className="filters__actions">
          <button type="submit" className="button">{t("filters.apply")}</button>
          <button type="button" className="button button--secondary" onClick={clear}>{t("filters.clear")}</button>
        </div>
      </form>
    </section>
  );
}
