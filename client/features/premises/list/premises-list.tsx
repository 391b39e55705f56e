import { useEffect, useRef } from "react";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { t, tn } from "@client/lib/i18n/index.ts";
import { filterParams, NO_FILTERS, readFilters, withFilters } from "@client/lib/url-state/filter-params.ts";
import { readListParams, withListParams, type ListParams } from "@client/lib/url-state/list-params.ts";
import { useUrlParams } from "@client/lib/url-state/use-url-params.ts";
import { ListPagination } from "./list-pagination.tsx";
import { NoResults } from "./no-results.tsx";
import { PremisesListItem } from "./premises-list-item.tsx";
import { SortSelect } from "./sort-select.tsx";
import { usePremisesPage } from "./use-premises-page.ts";
import "./list.css";

interface PremisesListProps {
  /** The settled map view; null until the map has one. */
  bbox: string | null;
  /** The premises chosen on the map. */
  selectedId: string | null;
  onHighlight: (id: string | null) => void;
}

/** The list of premises: everything the map shows, usable without the map. */
export function PremisesList({ bbox, selectedId, onHighlight }: PremisesListProps) {
  const [searchParams, setSearchParams] = useUrlParams();
  const { sort, page, wholeCity } = readListParams(searchParams);
  const filterQuery = filterParams(readFilters(searchParams)).toString();
  const { data, error, isFetching: loading, refetch } = usePremisesPage(
    { filterQuery, bbox: wholeCity ? null : bbox, sort, page },
    wholeCity || bbox !== null,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const pages = data?.page.pages ?? 0;

  const change = (changes: Partial<ListParams>) => setSearchParams(withListParams(searchParams, changes));

  // Fewer results than the page asked for (an old link, the map moved): show the last page.
  useEffect(() => {
    if (!loading && pages > 0 && page > pages) setSearchParams(withListParams(searchParams, { page: pages }), { replace: true });
  }, [loading, page, pages, searchParams, setSearchParams]);

  // The control the user pressed may disappear with the old results: they continue from the heading.
  const thenFocusHeading = (action: () => void) => {
    action();
    heading.current?.focus();
  };

  let count = t("list.loading");
  // Old results under a failed search would be taken for the answer: no count rather than a stale one.
  if (error) count = t("list.countUnknown");
  else if (data) count = `${data.page.total === 0 ? t("list.foundNone") : tn("list.found", data.page.total)} ${wholeCity ? t("list.inCity") : t("list.inView")}`;

  return (
    <section className="results" id="results" aria-labelledby="results-heading">
      <div className="results__header">
        <h2 id="results-heading" className="results__heading" ref={heading} tabIndex={-1}>{t("list.heading")}</h2>
        <div className="choice">
          <input
            type="checkbox" id="list-whole-city" className="choice__input" checked={wholeCity}
            onChange={(e) => change({ wholeCity: e.target.checked, page: 1 })}
          />
          <label htmlFor="list-whole-city" className="choice__label">{t("list.scopeAll")}</label>
        </div>
        <p className="results__count" role="status">{count}</p>
        <SortSelect value={sort} onChange={(next) => change({ sort: next, page: 1 })} />
      </div>
      <div className="results__body" aria-busy={loading}>
        {error && <ErrorState error={error} onRetry={() => void refetch()} />}
        {!error && data?.page.total === 0 && (
          <NoResults
            wholeCity={wholeCity}
            onWholeCity={() => thenFocusHeading(() => change({ wholeCity: true, page: 1 }))}
            onClear={() => thenFocusHeading(() => setSearchParams(withFilters(searchParams, NO_FILTERS)))}
          />
        )}
        {!error && data && data.items.length > 0 && (
          <ol className="results__items">
            {data.items.map((item) => (
              <PremisesListItem key={item.id} premises={item} selected={item.id === selectedId} onHighlight={onHighlight} />
            ))}
          </ol>
        )}
        {!error && <ListPagination page={page} pages={pages} onPage={(next) => thenFocusHeading(() => change({ page: next }))} />}
      </div>
    </section>
  );
}
