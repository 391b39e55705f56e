import type { InputHTMLAttributes } from "react";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: string;
  /** Already in the user's words. */
  error?: string;
  /** A unit shown after the box; the label must say it too, as this is hidden from screen readers. */
  suffix?: string;
}

export function TextField({ id, label, hint, error, suffix, className, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", error ? "field--error" : "", className ?? ""].join(" ").trim()}>
      <label className="field__label" htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      {error && <p className="field__error" id={errorId}>{error}</p>}
      <span className="field__control">
        <input id={id} className="field__input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
        {suffix && <span className="field__suffix" aria-hidden="true">{suffix}</span>}
      </span>
    </div>
  );
}
