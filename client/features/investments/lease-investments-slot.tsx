import { type ComponentProps, lazy, Suspense } from "react";
import { LoadingState } from "@client/components/ui/loading-state.tsx";

// The lease pages show this section; the router imports this feature's index for its routes, so the
// section (and its styles) load only when a lease page renders it, never with the home page.
const Section = /* @__PURE__ */ lazy(() => import("./lease-investments.tsx").then((m) => ({ default: m.LeaseInvestments })));

/** The investments of a lease (see lease-investments.tsx), loaded on first use. */
export function LeaseInvestments(props: ComponentProps<typeof Section>) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Section {...props} />
    </Suspense>
  );
}
