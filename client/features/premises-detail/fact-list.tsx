import type { ReactNode } from "react";

/** Term–value pairs laid out as a grid of short facts. */
export function FactList({ facts }: { facts: [term: string, value: ReactNode][] }) {
  return (
    <dl className="detail-facts">
      {facts.map(([term, value]) => (
        <div className="detail-facts__item" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
