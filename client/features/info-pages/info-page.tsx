import type { ReactNode } from "react";
import type { OpenDataCatalogue } from "@shared/contracts/statistics.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { usePublisher } from "./publisher.ts";
import "./info-pages.css";

/** A footer page: its heading, then its text once the publisher's data has arrived. */
export function InfoPage({ title, children }: { title: string; children: (publisher: OpenDataCatalogue["publisher"]) => ReactNode }) {
  const { publisher, error, refetch } = usePublisher();
  return (
    <div className="page page--medium info-page">
      <PageHeading title={title} />
      {error && !publisher && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!publisher && !error && <LoadingState />}
      {publisher && children(publisher)}
    </div>
  );
}
