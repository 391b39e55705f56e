import type { SelectHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field.tsx";

interface SelectFieldProps extends FieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> {
  options: { value: string; label: string }[];
}

export function SelectField({ id, label, hint, error, options, className, ...select }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(aria) => (
        <select id={id} className="field__input" {...aria} {...select}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}
