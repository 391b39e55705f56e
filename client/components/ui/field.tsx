import type { ReactNode } from "react";

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Already in the user's words. */
  error?: string;
  className?: string;
}

/** What the control inside a field needs so the label, hint and error are read out with it. */
export interface ControlAria {
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** The label, hint and error around one form control: the one frame every field component uses. */
export function Field({ id, label, hint, error, className, children }: FieldProps & { children: (aria: ControlAria) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", error ? "field--error" : "", className ?? ""].join(" ").trim()}>
      <label className="field__label" htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      {error && <p className="field__error" id={errorId}>{error}</p>}
      {children({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
    </div>
  );
}
