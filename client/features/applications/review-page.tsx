import { useState } from "react";
import { Link, useParams } from "react-router";
import { Review as ReviewSchema, type ApplicationDetail } from "@shared/contracts/applications.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { CreateLeaseButton } from "@client/features/leases/index.ts";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { t } from "@client/lib/i18n/index.ts";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { useDebouncedValue } from "@client/lib/use-debounced-value.ts";
import { ApplicationContent } from "./application-page.tsx";
import { DecisionForms, filledTerms, type TermsValues } from "./decision-forms.tsx";
import { DecisionSummary } from "./decision-summary.tsx";
import { ChecksList, CompetingSection, PartiesSection, RateSection } from "./review-sections.tsx";
import { ApplicationStatusTag } from "./status-tag.tsx";
import "./applications.css";

// What-if terms go into the review's query only once they look complete, so a half-typed
// number does not turn the page into an error. The reason for the choice is no what-if term.
type WhatIfKey = Exclude<keyof TermsValues, "choiceReason">;
const LOOKS_VALID: Record<WhatIfKey, RegExp> = {
  startDate: /^\d{4}-\d{2}-\d{2}$/,
  grantDate: /^\d{4}-\d{2}-\d{2}$/,
  months: /^\d{1,3}$/,
  beforeStartDays: /^\d{1,3}$/,
  renovationDays: /^\d{1,3}$/,
  rate: /^\d{1,6}([.,]\d{1,2})?$/,
  eurRate: /^\d{1,2}([.,]\d{1,4})?$/,
};

function whatIf(values: TermsValues | null): string {
  if (!values) return "";
  const entries = Object.entries(filledTerms(values)).filter(([key, value]) => key in LOOKS_VALID && LOOKS_VALID[key as WhatIfKey].test(value.trim()));
  return new URLSearchParams(entries).toString();
}

/** "/applications/:id": the officer's review, with the approval and the refusal. */
export function ReviewPage() {
  return (
    <RequireSession roles={["officer", "admin"]} otherRole={t("account.staffOnly")}>
      {() => <Review />}
    </RequireSession>
  );
}

function Review() {
  const { id = "" } = useParams();
  const [terms, setTerms] = useState<TermsValues | null>(null);
  const query = useDebouncedValue(whatIf(terms), 400);
  const { data, error, refetch, isFetching: loading } = useApiQuery(`/api/applications/${encodeURIComponent(id)}/review${query ? `?${query}` : ""}`, ReviewSchema);
  const [notice, setNotice] = useState<string | null>(null);

  if (error && !data) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!data) return <LoadingState />;
  const a = data.application;

  const decided = (_application: ApplicationDetail, message: string) => {
    setNotice(message);
  };

  return (
    <div className="page page--medium" aria-busy={loading}>
      <p><Link to="/applications">{t("applications.review.back")}</Link></p>
      <PageHeading title={t("applications.review.title", { reference: a.reference })} />
      <p><ApplicationStatusTag status={a.status} /></p>
      <p role="status" className="application-notice">{notice}</p>
      {error && <ErrorState error={error} onRetry={() => void refetch()} compact />}
      <ChecksList checks={data.checks} />
      <PartiesSection review={data} />
      {a.decision && <DecisionSummary decision={a.decision} />}
      {data.terms && a.status === "submitted" && <RateSection terms={data.terms} />}
      <CompetingSection review={data} />
      <section className="application-section" aria-labelledby="content-heading">
        <h2 id="content-heading">{t("applications.detail.content")}</h2>
        <ApplicationContent application={a} />
      </section>
      {a.status === "submitted" ? <DecisionForms review={data} onDecided={decided} onTermsChange={setTerms} /> : <p>{t("applications.review.decided")}</p>}
      {a.status === "approved" && <CreateLeaseButton applicationId={a.id} />}
    </div>
  );
}
