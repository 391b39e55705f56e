import type { InputHTMLAttributes } from "react";

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  id: string;
  label: string;
  hint?: string;
}

export function CheckboxField({ id, label, hint, ...input }: CheckboxFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="choice checkbox-field">
      <input type="checkbox" id={id} className="choice__input" aria-describedby={hintId} {...input} />
      <span>
        <label htmlFor={id} className="choice__label">{label}</label>
        {hint && <span className="field__hint checkbox-field__hint" id={hintId}>{hint}</span>}
      </span>
    </div>
  );
}
