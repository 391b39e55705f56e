import type { InputHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field.tsx";

interface TextFieldProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> {
  /** A unit shown after the box; the label must say it too, as this is hidden from screen readers. */
  suffix?: string;
}

export function TextField({ id, label, hint, error, suffix, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(aria) => (
        <span className="field__control">
          <input id={id} className="field__input" {...aria} {...input} />
          {suffix && <span className="field__suffix" aria-hidden="true">{suffix}</span>}
        </span>
      )}
    </Field>
  );
}
