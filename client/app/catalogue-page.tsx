import { useState } from "react";
import { useNavigate } from "react-router";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { SkipLink } from "@client/components/ui/skip-link.tsx";
import { PremisesMap, type ViewChange } from "@client/features/map/index.ts";
import { FilterPanel, PremisesList } from "@client/features/premises/index.ts";
import type { BackLinkState } from "@client/lib/back-link-state.ts";
import { t } from "@client/lib/i18n/index.ts";
import { useDebouncedValue } from "@client/lib/use-debounced-value.ts";
import { filterParams, readFilters } from "@client/lib/url-state/filter-params.ts";
import { readListParams, withListParams } from "@client/lib/url-state/list-params.ts";
import { readMapView, withMapView } from "@client/lib/url-state/map-view-param.ts";
import { useUrlParams } from "@client/lib/url-state/use-url-params.ts";

const VIEW_SETTLE_MS = 300;

/** "/": the filters, the map and the list, kept in step through the URL. */
export function CataloguePage() {
  const [searchParams, setSearchParams] = useUrlParams();
  const navigate = useNavigate();
  const [initialView] = useState(() => readMapView(searchParams));
  const [bbox, setBbox] = useState<string | null>(null);
  // The map's first view loads at once; the views after it once the user has stopped moving.
  const debouncedBbox = useDebouncedValue(bbox, VIEW_SETTLE_MS);
  const settledBbox = debouncedBbox ?? bbox;
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const filterQuery = filterParams(readFilters(searchParams)).toString();

  const onViewChange = ({ bbox: next, view, moved }: ViewChange) => {
    setBbox(next);
    if (!moved) return;
    // A moved map is a new list when the list follows the map; the view is not worth a history entry.
    const current = new URLSearchParams(window.location.search);
    const withView = withMapView(current, view);
    setSearchParams(readListParams(current).wholeCity ? withView : withListParams(withView, { page: 1 }), { replace: true });
  };

  const openDetails = (id: string) => {
    const state: BackLinkState = { from: window.location.search };
    void navigate(`/premises/${encodeURIComponent(id)}`, { state });
  };

  return (
    <div className="catalogue">
      <div className="catalogue__sidebar">
        <PageHeading title={t("catalogue.title")} />
        <p className="catalogue__intro">{t("catalogue.intro")}</p>
        <SkipLink target="results-heading" className="skip-inline">{t("catalogue.skipToList")}</SkipLink>
        <FilterPanel />
      </div>
      <div className="catalogue__map">
        <h2 className="visually-hidden">{t("map.heading")}</h2>
        <PremisesMap
          filterQuery={filterQuery}
          bbox={settledBbox}
          initialView={initialView}
          highlightedId={highlightedId}
          onViewChange={onViewChange}
          onSelect={setSelectedId}
          onOpen={openDetails}
        />
      </div>
      <PremisesList bbox={settledBbox} selectedId={selectedId} onHighlight={setHighlightedId} />
    </div>
  );
}
