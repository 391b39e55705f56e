import type { FieldError, FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";
import { validationMessage } from "@shared/i18n/validation.ts";
import type { ApiError } from "@client/lib/api/api-error.ts";
import { lang } from "@client/lib/i18n/index.ts";

/**
 * The words for a field error: the client's checks keep a message key of the shared table, the
 * server's (type "server") its message, already in the page's language.
 */
export function errorText(error: Pick<FieldError, "type" | "message"> | undefined): string | undefined {
  if (!error?.message) return undefined;
  return error.type === "server" ? error.message : validationMessage(error.message, lang);
}

/** Puts the field errors of a problem document on the form's fields; true when there were any. */
export function showServerErrors<T extends FieldValues>(error: ApiError, setError: UseFormSetError<T>): boolean {
  for (const e of error.fieldErrors ?? []) setError(e.field as Path<T>, { type: "server", message: e.message });
  return (error.fieldErrors ?? []).length > 0;
}

/** Every error of a form, nested ones included, as [field path, error], in the order of the fields. */
export function flatErrors(errors: FieldErrors, prefix = ""): [string, FieldError][] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || key === "root" || key === "ref") return [];
    const path = prefix ? `${prefix}.${key}` : key;
    const error = value as FieldError;
    if (typeof error.message === "string" && error.type) return [[path, error] as [string, FieldError]];
    return flatErrors(value as FieldErrors, path);
  });
}
