import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import { t, tn } from "@client/lib/i18n/index.ts";
import { useUrlParams } from "@client/lib/url-state/use-url-params.ts";
import {
  activeFilterCount, filterParams, NO_FILTERS, readFilterForm, readFilters, withFilters, type FilterValues,
} from "@client/lib/url-state/filter-params.ts";
import { FilterFields } from "./filter-fields.tsx";
import { filterErrors, type FilterErrors } from "./filter-form-schema.ts";
import "./filters.css";

const TYPING_DELAY_MS = 500;
const keyOf = (values: FilterValues) => filterParams(values).toString();
// Read at the moment of applying: a debounced apply must not write back a URL that has moved on.
const currentUrlParams = () => new URLSearchParams(window.location.search);
const readForm = (form: HTMLFormElement) => readFilterForm(new FormData(form));

/** Puts `values` into the boxes of the form (its inputs keep their own state between changes). */
function writeForm(form: HTMLFormElement, values: FilterValues): void {
  for (const input of form.querySelectorAll<HTMLInputElement>("input[name]")) {
    const value = values[input.name as keyof FilterValues];
    if (input.type === "checkbox") input.checked = Array.isArray(value) && value.some((v) => v === input.value);
    else if (input.type === "radio") input.checked = value === input.value;
    else if (typeof value === "string") input.value = value;
  }
}

/** The search form. Every change is applied to the URL (and so to the map and the list) at once. */
export function FilterPanel() {
  const [searchParams, setSearchParams] = useUrlParams();
  const urlKey = keyOf(readFilters(searchParams));
  const formRef = useRef<HTMLFormElement>(null);
  const shownKey = useRef<string | null>(null);
  const [errors, setErrors] = useState<FilterErrors>(() => filterErrors(readFilters(searchParams)));
  const [checkedKey, setCheckedKey] = useState(urlKey);
  const [open, setOpen] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const activeCount = activeFilterCount(searchParams);

  // The URL changed by itself (back, forward, a shared link, "clear"): the form shows what it says...
  if (checkedKey !== urlKey) {
    setCheckedKey(urlKey);
    setErrors(filterErrors(readFilters(searchParams)));
  }
  // ...in its boxes too, before they are painted.
  useLayoutEffect(() => {
    const form = formRef.current;
    if (form && (shownKey.current === null || keyOf(readForm(form)) !== urlKey)) writeForm(form, readFilters(new URLSearchParams(urlKey)));
    shownKey.current = urlKey;
  }, [urlKey]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const apply = (focusError: boolean) => {
    const form = formRef.current;
    if (!form) return;
    const values = readForm(form);
    const found = filterErrors(values);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      const field = form.elements.namedItem(first);
      if (focusError && field instanceof HTMLElement) field.focus();
      return;
    }
    const params = currentUrlParams();
    if (keyOf(values) !== keyOf(readFilters(params))) setSearchParams(withFilters(params, values));
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    window.clearTimeout(timer.current);
    // Messages follow what is typed at once; the search waits until typing pauses.
    setErrors(filterErrors(readForm(event.currentTarget)));
    const typing = event.target instanceof HTMLInputElement && (event.target.type === "text" || event.target.type === "search");
    timer.current = window.setTimeout(() => apply(false), typing ? TYPING_DELAY_MS : 0);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    window.clearTimeout(timer.current);
    apply(true);
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
      <form id="filter-form" ref={formRef} className="filters__form" noValidate onChange={onChange} onSubmit={onSubmit} aria-labelledby="filters-heading">
        <p className="field__hint">{t("filters.autoApplyHint")}</p>
        <FilterFields errors={errors} />
        <div className="filters__actions">
          <button type="submit" className="button">{t("filters.apply")}</button>
          <button type="button" className="button button--secondary" onClick={clear}>{t("filters.clear")}</button>
        </div>
      </form>
    </section>
  );
}
