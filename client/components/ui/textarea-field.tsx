import type { TextareaHTMLAttributes } from "react";

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

export function TextareaField({ id, label, hint, error, className, ...textarea }: TextareaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", error ? "field--error" : "", className ?? ""].join(" ").trim()}>
      <label className="field__label" htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      {error && <p className="field__error" id={errorId}>{error}</p>}
      <textarea id={id} className="field__input" rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
    </div>
  );
}
