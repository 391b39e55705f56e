import type { TextareaHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field.tsx";

type TextareaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">;

export function TextareaField({ id, label, hint, error, className, ...textarea }: TextareaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(aria) => <textarea id={id} className="field__input" rows={4} {...aria} {...textarea} />}
    </Field>
  );
}
