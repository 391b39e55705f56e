import { useEffect, useRef } from "react";
import type { SummaryItem } from "@client/lib/forms/use-form-feedback.ts";

interface FormErrorSummaryProps {
  title: string;
  items: SummaryItem[];
  /** A message that belongs to no field (the server's explanation). */
  message?: string;
  /** Changes on every failed submit, so the summary takes the focus again. */
  attempt: number;
}

/**
 * What is wrong with a form, at its top: announced by screen readers, focused after a failed
 * submit, each line a link to its field.
 */
export function FormErrorSummary({ title, items, message, attempt }: FormErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = items.length > 0 || Boolean(message);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!visible) return null;
  return (
    <div ref={ref} className="notice notice--error error-summary" role="alert" tabIndex={-1}>
      <p className="notice__title">{title}</p>
      {message && <p>{message}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => <li key={item.target}><a href={`#${item.target}`}>{item.text}</a></li>)}
        </ul>
      )}
    </div>
  );
}
