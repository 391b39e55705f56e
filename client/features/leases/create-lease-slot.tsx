import { type ComponentProps, lazy, Suspense } from "react";

// The review of an approved application shows this button; the router imports this feature's index for
// its routes, so the button (with the lease contract it checks the answer against) loads only when a
// review renders it, never with the home page.
const Button = /* @__PURE__ */ lazy(() => import("./create-lease-button.tsx").then((m) => ({ default: m.CreateLeaseButton })));

/** "Utwórz umowę" (see create-lease-button.tsx), loaded on first use. */
export function CreateLeaseButton(props: ComponentProps<typeof Button>) {
  return (
    <Suspense fallback={null}>
      <Button {...props} />
    </Suspense>
  );
}
