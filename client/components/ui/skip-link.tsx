import type { MouseEvent, ReactNode } from "react";

/** Moves the focus (not only the scroll position) to `target`, which needs tabIndex={-1}. */
export function SkipLink({ target, className = "skip-link", children }: { target: string; className?: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.focus();
  };
  return <a href={`#${target}`} className={className} onClick={onClick}>{children}</a>;
}
